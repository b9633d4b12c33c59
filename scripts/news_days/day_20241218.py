"""Wednesday 2024-12-18: the Fed cut a quarter point and projected fewer cuts for 2025.

Bars (realdata): SPY -2.98% on 2.8x its 20-day volume (S&P 500 -2.95% to 5,872.16); QQQ -3.61%
(Nasdaq 100 -3.60% to 21,209.32); IWM -4.43% to $220.84; DIA -2.61%, its tenth lower close in a row;
VIX 27.62 from 15.87 (+74%), its biggest one-day rise since February 2018.
Decision: the federal funds target cut to 4.25%-4.50%; the median projection showed two cuts in
2025, down from four in September.
"""

from __future__ import annotations

from datetime import date

from . import Day, Event, Story

H, L, T, M = "harbor", "ledger", "tapewatch", "macro"

STORIES = (
    Story("c01", M, "2024-12-18 14:04",
          "Fed cuts rates a quarter point and pencils in fewer reductions for 2025",
          "Daniel Reyes", "/fed/2024/12/18/fed-cuts-fewer-reductions-2025",
          "The Fed lowered its target range to 4.25%-4.50% and its officials now see two cuts next "
          "year, down from four.",
          ("The Federal Reserve lowered its benchmark rate by a quarter point on Wednesday, to a "
           "range of 4.25% to 4.50%, its third cut in a row and a full percentage point since "
           "September.",
           "But officials signaled a slower path from here. Their median projection now shows two "
           "cuts in 2025, half the four they penciled in three months ago, and they raised their "
           "forecasts for inflation next year.",
           "One voting member, Cleveland Fed President Beth Hammack, dissented in favor of holding "
           "rates steady.",
           "The statement added language suggesting the committee would weigh the \"extent and "
           "timing\" of further moves, wording that investors read as a pause in waiting."),
          ("Federal Reserve",)),
    Story("c02", M, "2024-12-18 15:55", "Powell says the Fed can be more cautious from here",
          "Ingrid Solberg", "/fed/2024/12/18/powell-more-cautious",
          "The Fed chair said policy was now much closer to neutral and that inflation had run "
          "firmer than officials expected.",
          ("Federal Reserve Chair Jerome Powell said on Wednesday that the central bank could be "
           "more cautious about further cuts now that its policy rate is much closer to a level "
           "that neither slows nor spurs the economy.",
           "He told reporters that inflation readings in recent months had come in firmer than "
           "officials hoped and that some of them had begun to factor possible changes in trade "
           "and tax policy into their forecasts.",
           "\"We are in a new phase,\" he said, describing the decision to cut as a closer call "
           "than the last ones."),
          ("Federal Reserve",)),
    Story("c03", H, "2024-12-18 16:25",
          "Stocks tumble after the Fed signals fewer cuts; the Dow falls for a 10th day",
          "Nadia Ferreira", "/markets/2024/12/18/stocks-tumble-fed-fewer-cuts",
          "The S&P 500 fell 3.0% and the Nasdaq 100 3.6% as the Fed's projections trimmed hopes for "
          "easier money next year.",
          ("Stocks fell hard on Wednesday after the Federal Reserve cut rates but signaled it would "
           "lower them only twice next year. The S&P 500 dropped 3.0% to 5,872.16, its worst day "
           "since the summer, and the Nasdaq 100 lost 3.6% to 21,209.32.",
           "The Dow Jones Industrial Average slid 2.6% for its 10th straight decline, its longest "
           "losing streak since the 1970s. Small caps fell more than 4%.",
           "The losses spread across almost every sector, with rate-sensitive housing and real "
           "estate shares among the hardest hit.",
           "\"The market had priced a Fed that would keep cutting into a strong economy, and today "
           "it was told otherwise,\" said Carla Mendez, chief investment officer at Brookline Ridge "
           "Advisors."),
          ("Markets", "Stocks")),
    Story("c04", M, "2024-12-18 16:40", "Treasury yields jump as the Fed's outlook trims easing bets",
          "Ingrid Solberg", "/rates/2024/12/18/yields-jump-fed-outlook",
          "The 10-year yield climbed toward its highest since May after the Fed's projections.",
          ("Treasury yields rose sharply on Wednesday after the Fed's new projections showed fewer "
           "rate cuts ahead. The 10-year yield climbed toward its highest level since May, and the "
           "dollar jumped against most major currencies.",
           "Futures traders pushed back the timing of the next cut to the middle of next year."),
          ("Treasuries",)),
    Story("c05", T, "2024-12-18 16:50", "VIX surges 74% to 27.62, its biggest one-day jump since 2018",
          "Marcus Bell", "/indices/2024-12-18/vix-surges-biggest-jump-since-2018.html",
          "The VIX closed at 27.62, up from 15.87, as the Fed's outlook jolted stocks.",
          ("Wall Street's fear gauge had its largest one-day percentage gain since February 2018. "
           "The VIX closed at 27.62, up 74% from 15.87, as the Fed's projections jolted a market "
           "that had grown used to calm.",
           "The index spent most of the autumn under 20; a close this high suggests options "
           "traders expect the swings to last into the new year."),
          ("VIX", "Volatility")),
    Story("c06", L, "2024-12-18 17:05", "Small caps bear the brunt as higher-for-longer rates return",
          "Hannah Lindqvist", "/us-stocks/2024/12/18/small-caps-bear-the-brunt",
          "IWM fell 4.43% to $220.84, the worst of the major index funds.",
          ("Small companies took the heaviest losses of Wednesday's selloff. IWM fell 4.43% to "
           "$220.84, the worst day for the fund since June 2022.",
           "Smaller firms carry more floating-rate debt than large ones, so a Fed that slows its "
           "cuts hits their interest bills directly. The fund has now given back its gains since "
           "the November election."),
          ("Small caps", "ETFs")),
    Story("c07", L, "2024-12-18 17:30", "Micron slides after the bell on a weak forecast",
          "Rafael Okafor", "/us-stocks/2024/12/18/micron-slides-weak-forecast",
          "The memory-chip maker forecast quarterly sales below estimates, citing soft demand from "
          "phone and PC makers.",
          ("Micron Technology shares fell sharply in late trading on Wednesday after the memory-chip "
           "maker forecast sales for its current quarter below analysts' estimates.",
           "Executives said demand from makers of phones and personal computers remained soft, "
           "even as sales of high-bandwidth memory for artificial-intelligence servers kept "
           "growing."),
          ("Technology", "Earnings")),
    Story("c08", H, "2024-12-17 16:10",
          "Stocks dip ahead of the Fed as the Dow extends its slide to nine days",
          "Jonah Whitaker", "/markets/2024/12/17/stocks-dip-ahead-of-fed",
          "The S&P 500 slipped 0.4% as investors waited for the Fed's decision.",
          ("Stocks slipped on Tuesday as investors waited for the Federal Reserve's last decision "
           "of the year. The S&P 500 fell 0.4%, and the Dow Jones Industrial Average declined for a "
           "ninth straight session.",
           "Retail sales for November came in stronger than expected."),
          ("Markets",)),
    Story("c09", T, "2024-12-18 16:35",
          "Stocks tumble after the Fed signals fewer cuts; the Dow falls for a 10th day",
          "Nadia Ferreira", "/partners/harbor-street/2024-12-18/stocks-tumble-fed.html",
          "", categories=("Partner content",), copy_of="c03"),
    Story("c10", M, "2024-12-18 18:10",
          "What comes next: inflation data Friday and a funding deadline in Congress",
          "Daniel Reyes", "/fed/2024/12/18/what-comes-next-pce-funding",
          "November's PCE price index is due on Friday; the Fed meets again on Jan. 29.",
          ("The Fed's preferred inflation gauge, the personal consumption expenditures price index "
           "for November, is due on Friday, when lawmakers also face a deadline to fund the "
           "government.",
           "The central bank's next decision comes on Jan. 29, and officials have made clear they "
           "are in no hurry."),
          ("Federal Reserve", "Calendar")),
)

DAY = Day(
    session=date(2024, 12, 18), utc_offset=-5, kind="fed",
    driver=r"\b(?:Fed|FOMC|Federal Reserve|Powell|rate cuts?|fewer cuts)\b",
    event="The Fed cut to 4.25%-4.50% but projected two cuts in 2025 instead of four; every index "
          "fell (IWM -4.4%, QQQ -3.6%, SPY -3.0%, DIA -2.6%, its tenth loss in a row) and the VIX "
          "rose 74% to 27.62",
    stories=STORIES,
    content=r"\b(?:fewer|slower|leaner|scal(?:es|ed|ing) back|trims?|hawkish)\b",
    events=(Event("FOMC rate decision", "fomc", "2025-01-29"),),
    notes=("the driver is the Fed decision (c01), told by Powell's press conference (c02), the wrap "
           "(c03), the rates note (c04) and the VIX story (c05)",
           "c09 is a syndicated copy of c03 on Tapewatch's partner URL; c07 (Micron, after the bell) "
           "is a sector story off the day's; c08 is the day before"),
)
