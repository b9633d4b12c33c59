"""Sentence banks of the news paragraph: attribution frames and the lines from the news to the tape.

No figures here: the quoted claims carry the source's own, and the links speak
in directions only. Each bank is picked by (symbol, session, slot), so one
session's articles, and one instrument's articles on consecutive days, read
differently. `{pub}`, `{verb}`, `{q}`, `{n}`, `{name}` are filled by the paragraph.
"""

from __future__ import annotations

VERBS = ("reported", "wrote", "said", "noted")
""""X said that" frames: only for a story on a theme without a role of its own (trade, earnings)."""

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

# the driver named first, when the data's yield move explains the day's (key: yields, own move)
DRIVER_OPENERS = {
    ("down", "up"): ("Cheaper money did much of the work on {day}, and the coverage says as much.",
                     "{day}'s coverage points to one driver: falling Treasury yields.",
                     "Falling yields were {day}'s driver, and the stories line up behind them.",
                     "The bond market set the tone on {day}: yields fell and stocks took the cue."),
    ("up", "down"): ("Dearer money did much of the damage on {day}, and the coverage says as much.",
                     "{day}'s coverage points to one driver: rising Treasury yields.",
                     "Rising yields were {day}'s driver, and the stories line up behind them.",
                     "The bond market set the tone on {day}: yields rose and stocks took the hint."),
}
# the driver's story: its cause clause quoted after the data's own move ({moved}: fell, rose; {link}: the
# story's own connective, 'as', 'after', 'amid'). The opener has already named the bond market as the
# driver, so these add the cause and never frame the bond market a second time ('The bond market set
# the tone ...' then 'Bonds carried the story ...' read as one point made twice).
DRIVER = ("{pub} traced the bond market's day: yields {moved} {link} {cause} [{n}].",
          "Treasury yields {moved} {link} {cause}, {pub} reported [{n}].",
          "Per {pub}, yields {moved} {link} {cause} [{n}].",
          "{pub} gave the reason: yields {moved} {link} {cause} [{n}].")
DRIVER_OWN = ("In the bond market, yields {moved} {cause} [{n}].",
              "On the rates side, yields {moved} {cause} [{n}].",
              "Yields on Treasuries {moved} {cause} [{n}].",
              "Over in bonds, yields {moved} {cause} [{n}].")
"""The driver's story when its cause is told in the article's words (news_paragraph.own_cause, which
names the publisher): one session's articles share the driver, so its cause is not quoted."""
DRIVER_WHOLE = ("{pub} gave the reason: {q} [{n}].",
                "{pub} put the bond market's day plainly: {q} [{n}].", "On rates, {pub} had this: {q} [{n}].",
                "{pub}'s bond-market story: {q} [{n}].")

# the first story about the market's day (the tape link follows it), then a second one
TAPE_ONE = (
    "In {pub}'s account, {q} [{n}].",
    "{pub}'s wrap put it plainly: {q} [{n}].",
    "The day's wrap from {pub} sums it up: {q} [{n}].",
    "{pub} set the scene: {q} [{n}].",
)
TAPE_ONE_OWN = (
    "In {pub}'s account, {q} [{n}].",
    "{pub} put it plainly: {q} [{n}].",
    "{pub}'s story sums it up: {q} [{n}].",
    "{pub} set the scene: {q} [{n}].",
)
"""TAPE_ONE for a market story whose headline opens on this instrument (stories.headed_by: "Small caps
bear the brunt" on the Fed day): the instrument's story, not the day's round-up, so no frame calls it
"the wrap"."""
TAPE_SECOND = ("A second story from {pub} widens the view: {q} [{n}].",
               "{pub} adds a second view of the tape: {q} [{n}].",
               "{pub} fills in the rest of the tape: {q} [{n}].",
               "Another angle on the day, from {pub}: {q} [{n}].")
TAPE_SECOND_SAME = ("A second story from the same wire widens the view: {q} [{n}].",
                    "The same wire had a second story: {q} [{n}].",
                    "More from the same wire on the session: {q} [{n}].",
                    "Another angle on the day, from the same wire: {q} [{n}].")

# a story told in the article's own words instead of quoted (news_paragraph.QUOTES: at most two quotes a
# paragraph): the day's market wrap by the event it gives as the cause ({move}: 'selling', 'buying';
# {event}: 'the jobs report'), a rates story the data backs by its yield move ({moved}: 'fell', 'rose')
WRAP_EVENT = ("{pub}'s wrap put the {move} in {market} and the rest of the market down to {event} [{n}].",
              "{pub} tied the day's {move}, {market} included, to {event} [{n}].",
              "In {pub}'s wrap, {event} drove the {move}, {market} with the rest [{n}].",
              "{pub}'s market wrap pins the {move}, in {market} as elsewhere, on {event} [{n}].")
"""{market}: a market the wrap names that went its way in the data (the instrument first, then a peer)."""
EVENT_CAUSES = {"fed": "the Fed's decision", "inflation": "the inflation report", "jobs": "the jobs report",
                "earnings": "company results", "chips_down": "the rout in chipmakers",
                "chips_up": "the rally in chipmakers"}
RATES_OWN = ("In the bond market, Treasury yields {moved}, {pub} reported [{n}].",
             "Treasury yields {moved} on the day, {pub} reported [{n}].",
             "Treasury yields {moved} too, per {pub} [{n}].",
             "Bonds moved as well: Treasury yields {moved}, {pub} reported [{n}].")
RATES_OWN_WHY = ("In the bond market, Treasury yields {moved} after {event}, {pub} reported [{n}].",
                 "{event} sent Treasury yields {way}, per {pub} [{n}].",
                 "{pub} had the bond market's side: yields {moved} in the wake of {event} [{n}].",
                 "Bonds moved too: {pub} reported that {event} pushed yields {way} [{n}].")
"""A rates story that gives the day's event as the reason for the yield move (news_paragraph.
reported_cause): the move ({moved} 'fell'/'rose', {way} 'lower'/'higher') and its reason, each
frame linking the two in its own words (one session's articles share no 'yields fell after the' run),
the event named as EVENT_CAUSES names it, so the reason reaches the reader without a third quotation
and one session's articles share no 8-word run."""

# a Fed story: the calendar when it looks ahead, else the Fed's word
CALENDAR = ("The next test is on the calendar: {q} [{n}].", "What comes next is already set: {q} [{n}].",
            "Ahead, {pub} marks the dates: {q} [{n}].", "The calendar is the next thing to watch: {q} [{n}].")
CALENDAR_VOICES = ("quote", "own", "own", "own")
"""How a calendar story is told, rotated per instrument (phrases.vary gives each configured
instrument its own slot): one of a session's four articles quotes it, the others give its dates in
their own words, so the day's articles share the dates, not the sentence."""
CALENDAR_OWN = ("{pub} has {events} [{n}].", "The dates to watch, per {pub}: {events} [{n}].",
                "Next up, as {pub} lays out: {events} [{n}].", "{pub} marks the calendar: {events} [{n}].")
EVENT_LISTS = (("the {name} on {date}", " and "), ("{date} for the {name}", ", then "),
               ("the {name} ({date})", " followed by "), ("{date}, the {name}", "; "))
"""How the own-words calendar lists its events (each event, the joint), rotated like the frames: three
articles giving one story's dates share no 8-word run (bench/editorial.py same_day_shared_runs, dates
masked: two 'the {name} on {date}' share one)."""
FED_STORY = ("On the Fed, {q} [{n}], as {pub} tells it.", "{pub}'s Fed coverage: {q} [{n}].",
             "The Fed's side of it, per {pub}: {q} [{n}].", "From the Fed beat, {pub} has this: {q} [{n}].")
# an inflation or jobs report's own story (stories.RELEASES); {report} is bank.EVENT_CAUSES' name
RELEASE = ("The report itself, in {pub}'s words: {q} [{n}].", "Inside {report}, {pub} found this: {q} [{n}].",
           "The detail of {report}, per {pub}: {q} [{n}].", "{pub} went through {report}: {q} [{n}].")
# a release's key figures in the article's words (release_figures): frame, joint, count clause and
# rate clause share one rotation place, so each article of the day has its own wording of each and no
# two share a rate clause (bench/editorial.py news_same_day_4grams); {count}/{rate}/{prior} are the
# story's figures, {in_month}/{for_month} ' in July'/' for July' or '' when the story names no month
RELEASE_FIGURES = ("Per {pub}, {figures} [{n}].", "{pub}'s numbers: {figures} [{n}].",
                   "{figures}, {pub} reported [{n}].", "The report, as {pub} told it: {figures} [{n}].")
RELEASE_MORE = ("More from {report}: {q} [{n}].", "{pub} adds: {q} [{n}].",
                "Beyond the headline figures: {q} [{n}].", "The report also showed this: {q} [{n}].")
"""RELEASE's frames after the figures line: the quote is more of the report, not its first word."""
RELEASE_JOINTS = (", and ", "; ", ", while ", ", and ")
RELEASE_COUNTS = {
    ("jobs", "up"): (
        "employers added {count} jobs{in_month}",
        "payrolls grew by {count}{in_month}",
        "the survey counted {count} new jobs{for_month}",
        "hiring came to {count} positions{for_month}",
    ),
    ("jobs", "down"): (
        "employers cut {count} jobs{in_month}",
        "payrolls shrank by {count}{in_month}",
        "the survey counted {count} jobs lost{for_month}",
        "{count} positions were lost{in_month}",
    ),
    ("inflation", "up"): (
        "consumer prices rose {count}{in_month}",
        "the consumer price index climbed {count}{in_month}",
        "the CPI was up {count} on the month",
        "prices paid by consumers went up {count}{for_month}",
    ),
    ("inflation", "down"): (
        "consumer prices fell {count}{in_month}",
        "the consumer price index slipped {count}{in_month}",
        "the CPI was down {count} on the month",
        "prices paid by consumers went down {count}{for_month}",
    ),
}
RELEASE_RATES = {  # key: theme and the rate's way from the prior one ('same'; 'none' without a prior)
    ("jobs", "up"): (
        "unemployment climbed to {rate} from {prior}",
        "the jobless rate went from {prior} to {rate}",
        "the unemployment rate reached {rate}, up from {prior}",
        "joblessness stood at {rate} against {prior} a month earlier",
    ),
    ("jobs", "down"): (
        "unemployment eased to {rate} from {prior}",
        "the jobless rate went from {prior} to {rate}",
        "the unemployment rate was {rate}, down from {prior}",
        "joblessness stood at {rate} against {prior} a month earlier",
    ),
    ("jobs", "same"): (
        "unemployment held at {rate}",
        "the jobless rate stayed at {rate}",
        "the unemployment rate was unchanged at {rate}",
        "joblessness stood at {rate}, as a month earlier",
    ),
    ("jobs", "none"): (
        "unemployment stood at {rate}",
        "the jobless rate was {rate}",
        "the unemployment rate came in at {rate}",
        "joblessness read {rate}",
    ),
    ("inflation", "up"): (
        "the annual rate picked up to {rate} from {prior}",
        "inflation over twelve months went from {prior} to {rate}",
        "the yearly pace was {rate}, up from {prior}",
        "the twelve-month figure was {rate}, against {prior} a month before",
    ),
    ("inflation", "down"): (
        "the annual rate slowed to {rate} from {prior}",
        "inflation over twelve months went from {prior} to {rate}",
        "the yearly pace was {rate}, down from {prior}",
        "the twelve-month figure was {rate}, against {prior} a month before",
    ),
    ("inflation", "same"): (
        "the annual rate held at {rate}",
        "inflation over twelve months stayed at {rate}",
        "the yearly pace was unchanged at {rate}",
        "the twelve-month figure held at {rate}",
    ),
    ("inflation", "none"): (
        "the annual rate was {rate}",
        "inflation over twelve months came to {rate}",
        "the yearly pace was {rate}",
        "the twelve-month figure was {rate}",
    ),
}
# a VIX story the data does not back (one it backs is told by the VIX line below, cited)
GAUGE = ("On volatility, {q} [{n}].", "The options market's story, in {pub}'s words: {q} [{n}].",
         "Volatility told its own story: {q} [{n}].", "For the options market, {pub} had this: {q} [{n}].")

# a story on any other theme; {topic} is 'rates' or a tagged theme
THEMED = (
    "On {topic}, {pub} {verb} that {q} [{n}].",
    "{pub}, covering {topic}, {verb} that {q} [{n}].",
)
THEMED_DESK = "{desk} had a story of its own: {pub} {verb} that {q} [{n}]."
TOPICS = {"rates": "rates", "fed": "the Fed", "volatility": "volatility"}
DESKS = {"rates": "The bond market", "fed": "The Fed", "volatility": "The options market"}

# a second tape story with a clause of its own on this instrument (stories.own_clause), quoted;
# {name} is the instrument mid-sentence
TAPE_OWN = ("{pub} has a line on {name} itself: {q} [{n}].",
            "For {name} in particular, {pub} adds: {q} [{n}].",
            "{pub} looks closer at {name}: {q} [{n}].",
            "Closer to {name}, {pub} writes: {q} [{n}].")
TAPE_OWN_LEAD = ("{pub} goes to {name} directly: {q} [{n}].",
                 "On {name} itself, {pub} reports: {q} [{n}].",
                 "{pub} has the line that matters for {name}: {q} [{n}].",
                 "{pub} puts {name} at the center: {q} [{n}].")
"""The own line when it opens the paragraph (no market story before it to add to)."""
BREADTH = {
    ("narrow", "up"): ("The gain was narrow, {pub} reports: {q} [{n}].",
                       "{pub} shows how few stocks carried the gain: {q} [{n}].",
                       "Breadth was thin under the gain, per {pub}: {q} [{n}].",
                       "Few names did the lifting, in {pub}'s account: {q} [{n}]."),
    ("narrow", "down"): ("The selling was concentrated, {pub} reports: {q} [{n}].",
                         "{pub} shows how few stocks made the loss: {q} [{n}].",
                         "The loss rested on few names, per {pub}: {q} [{n}].",
                         "Few names did the damage, in {pub}'s account: {q} [{n}]."),
    ("broad", "up"): ("The gain was broad, {pub} reports: {q} [{n}].",
                      "{pub} shows how many stocks took part: {q} [{n}].",
                      "Breadth backed the gain, per {pub}: {q} [{n}].",
                      "Most stocks joined in, in {pub}'s account: {q} [{n}]."),
    ("broad", "down"): ("The selling was broad, {pub} reports: {q} [{n}].",
                        "{pub} shows how widely the selling ran: {q} [{n}].",
                        "Breadth was weak under the loss, per {pub}: {q} [{n}].",
                        "Most stocks fell with it, in {pub}'s account: {q} [{n}]."),
}
"""The own line (stories.own_clause) when it tells how many stocks made the move (breadth.breadth:
an equal-weight gauge against the cap-weighted one, advancers against decliners, 'a handful of very
large names') and the peers' moves fit it (breadth.breadth_backed): told as breadth, by reading and
direction (a 'narrow loss' would read as a small one, so a narrow down day is 'concentrated')."""
BREADTH_LEADER = {
    "up": ("That fits the tape: {leader} led the day's gains.", "The tape agrees: {leader} led the gains."),
    "down": ("That fits the tape: {leader} fell hardest.",
             "The tape agrees: {leader} took the heaviest loss."),
}
"""After a narrow reading, the peer that moved furthest the instrument's way (breadth.move_leader)."""
TAPE_OWN_SAME = ("The same wire has a line on {name} itself: {q} [{n}].",
                 "For {name} in particular, the same wire adds: {q} [{n}].",
                 "The same wire looks closer at {name}: {q} [{n}].",
                 "Closer to {name}, the same wire writes: {q} [{n}].")

# this instrument against the day the stories describe, only when it went its own way: moving with the
# market, ahead of it or behind it is the lead's peer comparison, in figures ("The S&P 500 moved with
# that tide" after it was filler)
AGAINST = ("{name} went the other way, so drivers closer to home matter more than the market's mood here.",
           "{name} bucked that move, which points to drivers closer to home rather than the market's.")
AGAINST_EVENT = ("{name} went the other way on {event}, a rotation between corners of the market rather "
                 "than one verdict on stocks.",
                 "{event} split the market: {mid} bucked the rest.",
                 "On {event}, {mid} {own} while {its} peers {peers}: a rotation, not a broad move.",
                 "{event} cut both ways: {mid} {own} as the rest of the market {peers}.")
"""AGAINST on a day the wraps give a macro report as the market's cause (MACRO_EVENTS): the report
drove this instrument too, the other way (small caps rallied on the CPI report as the Nasdaq 100 fell),
a rotation, not a day of its own."""
MACRO_EVENTS = frozenset({"fed", "inflation", "jobs"})
SPLIT = ("{event} split the market: {mid} {own} while {others} {peers}, money moving between corners of the"
         " market rather than out of it.",
         "On {event}, {mid} {own_b} as {others} {peers_b}: a split market, not one verdict on stocks.",
         "Not every index agreed on {event}. {mid_cap} {own_c}; {others_back} {peers_c}, so which fund"
         " you held decided how the day felt.",
         "{event} pulled the market apart, with {mid} {own_d} and {others_back} {peers_d}; the averages"
         " hid a wide spread beneath them.")
"""A split market (news_paragraph._split_link): the peers that went the other way, by name
({others_back}: in the other order; each frame words the moves its own way (rose, gained ground,
finished higher, advancing), so two articles of one day do not share the list or its verbs)."""
STILL = ("{name} barely moved through it, so the news explains the market better than this chart.",
         "{name} hardly reacted, which leaves the news a better account of the market than of this chart.")
# (no pronoun for the instrument: "Small caps ... their" vs "IWM ... its")

# what the day's yield move means; the key is (yields, own move), the clause is by the instrument's kind
RATES_BASE = {
    ("down", "up"): ("Falling yields and a rising price fit together", "Lower yields and gains in {name} go "
                     "together", "The drop in yields and the gain in price are one move",
                     "The bond rally and the bid for {name} tell the same story"),
    ("up", "down"): ("Rising yields and a falling price are one story", "Higher yields and losses in {name} "
                     "go together", "The climb in yields and the loss in price are one move",
                     "The bond selloff and the selling in {name} tell the same story"),
}
"""Four readings each, so the four articles of one session (phrases.vary rotates by instrument)
do not share one: with three, two of the demo's four read 'The drop in yields and the gain in
price are one move' (bench/editorial.py same_day_shared_runs)."""
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
                   "than rates.", "Rising yields did not stop {mid}: the buying rested on more than rates.",
                   "{name} climbed alongside yields, a bid that owed nothing to cheaper money."),
    ("down", "down"): ("Yields fell along with the price, the pattern of a move to safety rather than "
                       "relief over rates.",
                       "Falling yields did not help {mid}: buyers went to bonds, not to stocks.",
                       "{name} fell even as yields dropped: money sought the safety of bonds over shares.",
                       "Cheaper money did not stop the selling in {mid}: "
                       "buyers chose Treasuries over stocks."),
}
RATES_SPLIT = {
    ("down", "up"): ("The bond rally explains which side {mid} landed on: {why}.",
                     "Falling yields sorted the winners from the losers, and {mid} won: {why}.",
                     "Lower yields decided the split in {mid}'s favour: {why}.",
                     "The drop in yields is the reason {mid} ended on the winning side: {why}."),
    ("up", "down"): ("The bond selloff explains which side {mid} landed on: {why}.",
                     "Rising yields sorted the winners from the losers, and {mid} lost: {why}.",
                     "Higher yields decided the split against {mid}: {why}.",
                     "The climb in yields is the reason {mid} ended on the losing side: {why}."),
    ("down", "down"): ("Lower yields did not lift {mid}: the money rotated toward {others} rather than "
                       "leaving stocks.",
                       "Falling yields sent money to {others}, and {mid} paid for it: a rotation, not a "
                       "retreat from stocks.",
                       "The bond rally helped {others}, not {mid}: money moved within the market, not out "
                       "of it.",
                       "{Mid} funded the move into {others} that falling yields set off: a rotation, not a "
                       "flight to bonds."),
    ("up", "up"): ("Higher yields did not stop {mid}: the money rotated out of {others} and into it.",
                   "Rising yields pushed money out of {others}, and {mid} took it in: a rotation, not a "
                   "retreat.",
                   "The bond selloff hurt {others}, not {mid}: money moved within the market, not out of it.",
                   "{Mid} caught the money that rising yields drove out of {others}: a rotation, not a rush "
                   "for the exits."),
}
"""The yield move read on a split market (news_paragraph._rates_link: peers went both ways): on the
side the yield move favours, the reason by the instrument's kind (RATES_WHY); on the other, the money
it lost went to the named peers of the other side, a rotation, not the flight to bonds RATES_APART
reads on a day the whole market fell ('Falling yields did not help the Nasdaq 100: buyers went to
bonds' on the CPI day the money went to small caps). The Dow (blue-chips) keeps its own reading."""
KINDS = ("small-caps", "tech", "blue-chips")
RATES_LAGGARD = {("down", "up"): "Lower yields did less here than elsewhere, even though {why}.",
                 ("up", "down"): "Higher yields did less damage here than elsewhere, even though {why}."}
"""The rates reading of a rate-sensitive instrument (RATE_SENSITIVE) that moved less than every peer:
the reading its kind would give ('small companies ... feel cheaper money first') set against the day
it had, not stated as if the day bore it out."""
RATES_LAGGARD_TOLD = {("down", "up"): "Lagging a bond rally is unusual for {mid}: {why}.",
                      ("up", "down"): "Holding up best in a bond selloff is unusual for {mid}: {why}."}
"""The same reading after a lead that already said the instrument moved least of its peers
(news_told.DRIVER_LEADS_LEAST): the reason it is a surprise, not the claim twice. It names its
subject: the paragraph reads it after the day's other stories (news_paragraph.beat_places puts a
trailing instrument's rates reading last), where 'That runs against the usual reading' followed the
calendar line and read as if the calendar ran against it."""
RATE_SENSITIVE = ("small-caps", "tech")

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

# the day's sector story read for this instrument (news_paragraph._event_link): how much of the sector it
# holds, by its kind, then what its own day did against its peers (no figures: the lead has them)
SECTOR_KINDS = ("tech", "large-caps", "blue-chips", "small-caps")
SECTOR_HEAVY = frozenset({"tech", "large-caps"})
SECTOR_EXPOSURE = {
    ("chips", "tech"): "chipmakers are among the Nasdaq 100's heaviest weights",
    ("chips", "large-caps"): "chipmakers make up a large slice of the S&P 500",
    ("chips", "blue-chips"): "the Dow holds only a handful of chipmakers",
    ("chips", "small-caps"): "small caps hold few of the large chipmakers",
}
SECTOR_FIRST = {"down": ("{exposure}, so no peer fell harder.",
                         "{exposure}, which is why the selling hit hardest here."),
                "up": ("{exposure}, so no peer rose more.",
                       "{exposure}, which is why the buying was strongest here.")}
SECTOR_WITH = {"down": ("{exposure}, so the selling was felt in full here.",
                        "{exposure}, and the selling came straight through."),
               "up": ("{exposure}, so the buying was felt in full here.",
                      "{exposure}, and the buying came straight through.")}
SECTOR_SPARED = {"down": ("{exposure}, which kept the damage here smaller than the broad market's.",
                          "{exposure}, so the loss here was smaller than the broad market's."),
                 "up": ("{exposure}, so the gain here was smaller than the broad market's.",
                        "{exposure}, which kept the gain here smaller than the broad market's.")}
SECTOR_AGAINST = ("{exposure}, which left room to go the other way.",
                  "{exposure}, so the sector's move left this index on the other side of the day.")
"""A light holder (SECTOR_HEAVY aside) that went against the sector's move: its mix explains the day
better than 'drivers closer to home' (AGAINST)."""
