"""Monday 2025-01-27: a Chinese start-up's cheap AI model hit chipmakers; the Dow rose.

Bars (realdata): QQQ -2.91% on 1.95x its 20-day volume (Nasdaq 100 -2.97% to 21,127.28); SPY -1.41%
(S&P 500 -1.46% to 6,012.28, two sessions after a record close of 6,118.71); IWM -0.96%; DIA +0.68%
to $447.12; VIX 17.90 from 14.85 (+20.5%).
The story: DeepSeek's R1 model, said to have been trained for a fraction of US rivals' cost, topped
app-store charts over the weekend; Nvidia fell 17%, the largest one-day loss of market value for a US
company; money moved to defensive shares.
"""

from __future__ import annotations

from datetime import date

from . import Day, Event, Story

H, L, T, M = "harbor", "ledger", "tapewatch", "macro"

STORIES = (
    Story("d01", H, "2025-01-27 10:10",
          "Chip stocks sink before the open as a Chinese AI app tops download charts",
          "Jonah Whitaker", "/markets/2025/01/27/chip-stocks-sink-chinese-ai-app",
          "DeepSeek's assistant app climbed to the top of Apple's free app chart, raising questions "
          "about the cost of building AI.",
          ("Shares of chipmakers slid in early trading on Monday after DeepSeek, a Chinese start-up, "
           "drew a wave of attention to an AI model it says was trained at a fraction of what US "
           "companies spend.",
           "The company's assistant app climbed to the top of Apple's free download chart in the US "
           "over the weekend. If models that good can be built that cheaply, investors asked, how "
           "many advanced chips will the industry really need?"),
          ("Technology",)),
    Story("d02", H, "2025-01-27 16:30",
          "Nasdaq 100 slides 3% as a Chinese AI model shakes chip stocks; the Dow gains",
          "Nadia Ferreira", "/markets/2025/01/27/nasdaq-slides-ai-model-chip-stocks",
          "The Nasdaq 100 fell 3.0% to 21,127.28 and the S&P 500 1.5%, while the Dow rose 0.7%.",
          ("A cheap artificial-intelligence model from China knocked the legs out from under the "
           "chip stocks that have led the market for two years. The Nasdaq 100 fell 3.0% to "
           "21,127.28, and the S&P 500 lost 1.5% to 6,012.28, two sessions after a record close.",
           "The Dow Jones Industrial Average rose 0.7% as investors moved into health care, consumer "
           "staples and Apple, which has spent far less than its rivals on AI data centers.",
           "Power producers and utilities that had rallied on the promise of data-center demand "
           "fell with the chipmakers.",
           "\"Nobody is saying AI demand goes away, but the market just learned the price of the "
           "inputs is not set in stone,\" said Carla Mendez, chief investment officer at Brookline "
           "Ridge Advisors."),
          ("Markets", "Stocks")),
    Story("d03", L, "2025-01-27 17:15", "Nvidia's 17% plunge erases a record amount of market value",
          "Rafael Okafor", "/us-stocks/2025/01/27/nvidia-plunge-record-market-value",
          "Nvidia lost about $590 billion of market value, the most for any US company in a day.",
          ("Nvidia fell 17% on Monday, wiping out about $590 billion of market value, the largest "
           "one-day loss for any company in US market history.",
           "Broadcom dropped by a similar amount, and other suppliers of AI hardware, from "
           "networking gear to cooling systems, posted double-digit declines.",
           "Analysts were split. Some argued that cheaper models would widen the use of AI and "
           "lift chip demand over time; others said the episode showed how much of the sector's "
           "value rested on assumptions about spending that could change quickly.",
           "Nvidia said in a statement that DeepSeek's work was an excellent advance and that "
           "running such models still requires a large number of its chips."),
          ("Technology", "Semiconductors")),
    Story("d04", T, "2025-01-27 17:00", "VIX jumps 21% to 17.90 as the AI selloff rattles tech",
          "Marcus Bell", "/indices/2025-01-27/vix-jumps-ai-selloff.html",
          "The VIX rose to 17.90 from 14.85 as chip stocks tumbled.",
          ("The VIX climbed to 17.90 on Monday from 14.85 on Friday, as the rout in chip stocks "
           "pushed traders to buy protection on the broad market.",
           "The move left the gauge below its December peak, a sign that the selling stayed "
           "concentrated in one industry rather than spreading into a market-wide scare."),
          ("VIX", "Volatility")),
    Story("d05", M, "2025-01-27 15:20", "Treasury yields fall as investors seek safety from the tech rout",
          "Ingrid Solberg", "/rates/2025/01/27/yields-fall-tech-rout",
          "Government bonds rallied as money left technology shares.",
          ("Treasury yields fell on Monday as investors sold technology shares and bought government "
           "bonds, a classic flight to safety two days before the Federal Reserve's first decision "
           "of the year.",
           "Traders slightly raised their bets on a rate cut by the summer."),
          ("Treasuries",)),
    Story("d06", M, "2025-01-27 18:05", "A busy week: the Fed decides Wednesday as tech giants report",
          "Daniel Reyes", "/fed/2025/01/27/busy-week-fed-tech-earnings",
          "The Fed announces its decision on Jan. 29, the same day Microsoft, Meta and Tesla report.",
          ("The Federal Reserve announces its first rate decision of the year on Jan. 29. Officials "
           "are widely expected to hold rates steady after cutting them by a full point last year.",
           "The same afternoon brings results from Microsoft, Meta Platforms and Tesla, whose "
           "spending plans for AI will now be read in a different light. Apple reports on "
           "Thursday."),
          ("Federal Reserve", "Calendar")),
    Story("d07", L, "2025-01-27 12:40", "Egg prices climb again as bird flu thins flocks",
          "Hannah Lindqvist", "/business/2025/01/27/egg-prices-bird-flu",
          "Wholesale egg prices rose as outbreaks cut the number of laying hens.",
          ("Wholesale egg prices kept rising as outbreaks of avian influenza forced farms to cull "
           "millions of laying hens, and some grocers began limiting how many cartons a shopper can "
           "buy.",
           "Producers said supply would take months to rebuild, since new flocks need time to "
           "reach laying age."),
          ("Food", "Consumers")),
    Story("d08", H, "2025-01-24 16:20", "Stocks ease from records as investors take stock of a busy week",
          "Jonah Whitaker", "/markets/2025/01/24/stocks-ease-from-records",
          "The S&P 500 slipped 0.3% a day after a record close.",
          ("Stocks edged lower on Friday, a day after the S&P 500 set a record close at 6,118.71. "
           "The index slipped 0.3% and the Nasdaq 100 0.6%.",
           "Next week brings the Fed's first decision of the year and results from four of the "
           "largest technology companies."),
          ("Markets",)),
    Story("d09", T, "2025-01-27 17:25", "Nvidia's 17% plunge erases a record amount of market value",
          "Rafael Okafor", "/partners/ledger/2025-01-27/nvidia-plunge.html",
          "", categories=("Partner content",), copy_of="d03"),
)

DAY = Day(
    session=date(2025, 1, 27), utc_offset=-5, kind="sector",
    driver=r"\b(?:chips?|chipmakers?|semiconductors?|AI|artificial intelligence|DeepSeek|Nvidia)\b",
    event="DeepSeek's low-cost AI model sank chipmakers (Nvidia -17%): QQQ -2.9%, SPY -1.4%, IWM "
          "-1.0%, while DIA rose 0.7%; the VIX rose 20.5% to 17.90",
    stories=STORIES,
    events=(Event("FOMC rate decision", "fomc", "2025-01-29"),),
    notes=("the driver is the chip-stock story (d01, d03), told by the wrap (d02) and the VIX story (d04)",
           "d09 is a syndicated copy of d03 on Tapewatch's partner URL; d07 is off the market's story",
           "d08 is the Friday before (records a day earlier)"),
)
