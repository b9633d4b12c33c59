"""Sentence banks of the news paragraph: attribution frames and the lines from the news to the tape.

No figures here: the quoted claims carry the source's own, and the links speak
in directions only. Each bank is picked by (symbol, session, slot), so one
session's articles, and one instrument's articles on consecutive days, read
differently. `{pub}`, `{verb}`, `{q}`, `{n}`, `{name}` are filled by the paragraph.
"""

from __future__ import annotations

VERBS = ("reported", "wrote", "said", "noted")

OPENERS = (
    "{day}'s coverage tells the same story as the tape.",
    "The session's stories explain most of what the tape did on {day}.",
    "The day's reporting lines up with the price action.",
    "The news flow on {day} and the price action point the same way.",
    "Read against the tape, {day}'s stories hang together.",
)
OPENER_MIXED = (
    "{day}'s coverage and the tape do not line up on every point.",
    "Not every story on {day} squares with the tape.",
)
OPENER_STALE = (
    "No story in the feeds covers {day}'s session itself; the latest coverage sets the backdrop.",
    "The feeds hold nothing from {day} itself, so the most recent stories stand in.",
)

# the first one or two stories about the market's day
TAPE_ONE = (
    "{pub} {verb} that {q} [{n}].",
    "In {pub}'s account, {q} [{n}].",
    "The market wrap from {pub} {verb} that {q} [{n}].",
)
TAPE_TWO = (
    "{pub} {verb} that {q} [{n}], and {pub2} that {q2} [{n2}].",
    "In {pub}'s account, {q} [{n}]; {pub2} added that {q2} [{n2}].",
    "The wraps agree: {pub} {verb} that {q} [{n}], while {pub2} {verb2} that {q2} [{n2}].",
)
SAME_PUBLISHER = "in a second story"

# a story on one theme; {topic} is 'rates', 'the Fed', 'volatility' or a tagged theme
THEMED = (
    "On {topic}, {pub} {verb} that {q} [{n}].",
    "{pub}, covering {topic}, {verb} that {q} [{n}].",
)
THEMED_DESK = "{desk} had a story of its own: {pub} {verb} that {q} [{n}]."
TOPICS = {"rates": "rates", "fed": "the Fed", "volatility": "volatility"}
DESKS = {"rates": "The bond market", "fed": "The Fed", "volatility": "The options market"}

# this instrument against the day the stories describe
WITH_MARKET = ("{name} moved with that tide.", "{name} went along with the market.",
               "{name} rode the same wave.")
AHEAD = ("{name} {was} at the front of that move.", "{name} led rather than followed.",
         "{name} did more than keep pace.")
BEHIND = ("{name} took part, but less than the rest of the market.",
          "{name} joined in, though only partly.", "{name} kept up with that move only in part.")
AGAINST = ("{name} went the other way, so drivers closer to home matter more than the market's mood here.",
           "{name} bucked that move, which points to drivers closer to home rather than the market's.")
STILL = ("{name} barely moved through it, so the news explains the market better than this chart.",
         "{name} hardly reacted, which leaves the news a better account of the market than of this chart.")
# (no pronoun for the instrument: "Small caps ... their" vs "IWM ... its")

# what the day's yield move means; the key is (yields, own move), the clause is by the instrument's kind
RATES_BASE = {
    ("down", "up"): ("Falling yields and a rising price fit together", "Lower yields and higher prices go "
                     "together", "The drop in yields and the gain in price are one move"),
    ("up", "down"): ("Rising yields and a falling price are one story", "Higher yields and lower prices "
                     "go together", "The climb in yields and the loss in price are one move"),
}
RATES_WHY = {
    ("down", "small-caps"): "small companies lean on floating-rate borrowing and feel cheaper money first",
    ("down", "tech"): "growth shares, whose value rests on profits years away, gain most when the "
                      "discount rate falls",
    ("down", "blue-chips"): "the Dow's value-heavy mix is less sensitive to rates than growth shares, "
                            "so the lift is smaller here",
    ("down", ""): "cheaper money raises what future earnings are worth today",
    ("up", "small-caps"): "small companies lean on floating-rate borrowing and feel dearer money first",
    ("up", "tech"): "growth shares, whose value rests on profits years away, lose most when the "
                    "discount rate rises",
    ("up", "blue-chips"): "the Dow's value-heavy mix is less exposed to rates than growth shares, "
                          "so the damage is smaller here",
    ("up", ""): "dearer money lowers what future earnings are worth today",
}
RATES_APART = {
    ("up", "up"): ("{name} rose even as yields climbed, so the buying did not depend on cheaper money.",
                   "Yields climbed and {name} rose anyway: the buying was about something other "
                   "than rates."),
    ("down", "down"): ("Yields fell along with the price, the pattern of a move to safety rather than "
                       "relief over rates.", "Falling yields did not help: buyers went to bonds, not "
                       "to stocks."),
}
KINDS = ("small-caps", "tech", "blue-chips")

VIX = {
    ("down", "up"): ("A falling VIX on an up day says the buying came with less demand for protection.",
                     "The VIX eased as prices rose: buyers did not feel the need to hedge.",
                     "With the VIX lower, the gains came with calmer options markets.",
                     "Protection got cheaper as prices rose: the VIX fell with the buying."),
    ("up", "down"): ("A rising VIX on a down day means investors paid up for protection.",
                     "The VIX rose with the selling: traders were buying insurance, not shrugging.",
                     "Demand for protection rose with the decline, as the VIX shows.",
                     "The selling came with a bid for hedges: the VIX climbed as prices fell."),
    ("up", "up"): ("The VIX rose even as prices climbed, so the gains came with hedging.",
                   "Options buyers hedged into the gains: the VIX rose alongside prices."),
    ("down", "down"): ("The VIX eased despite the decline, so the selling looked orderly.",
                       "The VIX slipped even as prices fell: an orderly decline, not a scramble."),
}
