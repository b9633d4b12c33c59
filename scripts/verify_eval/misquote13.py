"""Desk notes for the verifier's quotation fixes after the thirteenth holdout (issue 14, vquote), in other
words than the holdout's.

A figure inside quotation marks, next to a citation whose story does not print it, misquotes that story:
`number-untraced` (the quote's code), whatever the figure would say about the market read as the
writer's own. The classes: a story's sentence quoted in curly marks with a peer's move changed; a count
in words changed inside a quotation ("has traded for nine weeks" where the story says five); an
average's window changed inside a quotation ("its 20-day moving average" where the story says 50-day);
a quoted level the story never gave. A word-for-word quotation, figures and all, stays the story's.

Every figure comes from the snapshot or from the cited story's own text, so each note is correct by
construction.
"""

from __future__ import annotations

from .plants import Plant
from .universe import Built
from .user_texts import UserText

KEY = "IWM-2026-11-20"
BASE = f"user-misquote-{KEY}"
STORY = "small-caps-sit-out-another-rally"
BOXED = "still boxed between roughly $240 and $250, where it has traded for five weeks"
AVERAGE = "is trading just below its 50-day moving average of $245.77"
PEERS = ("The S&P 500 added 1.1% on the day and the Nasdaq 100 surged 1.9%, while the Russell 2000 "
         "added 0.3%")
LEVELS = "Chart watchers put support at $240, the floor that held in late October, and resistance at $250"


def _money(value: float) -> str:
    return f"${value:,.2f}"


def misquote_note(b: Built) -> str:
    """The cited story quoted word for word four times, in straight and in curly marks."""
    story = next(item for item in b.news if STORY in item.url)
    for said in (BOXED, AVERAGE, PEERS, LEVELS):
        assert said in story.text, said
    return (f"# Small caps stay in their box\n\n"
            f"IWM closed at {_money(b.snapshot.close)} on Friday. Ledger's desk put the month in one line: "
            f"the fund is \u201c{BOXED}\u201d [1]. The same piece said it \"{AVERAGE}\" [1].\n\n"
            f"The bigger funds did better, and the story lined them up: \u201c{PEERS}\u201d [1]. For the "
            f"levels it leaned on the chartists: \"{LEVELS}\" [1].\n\n"
            f"Sources\n[1] {story.title}, {story.publisher}, {story.url}\n")


def misquote13_texts(built: dict[str, Built]) -> list[UserText]:
    return [UserText(BASE, KEY, "prose", "md", misquote_note(built[KEY]))]


def misquote13_plants(built: dict[str, Built]) -> list[Plant]:
    return [
        Plant(f"misquote-count-word-{KEY}", BASE, "quotation", "traded for five weeks",
              "traded for nine weeks", "number-untraced", "nine",
              note="the story says the fund has traded in the box for five weeks"),
        Plant(f"misquote-window-{KEY}", BASE, "quotation", "its 50-day moving average of",
              "its 20-day moving average of", "number-untraced", "20",
              note="the story names the 50-day average at $245.77, not a 20-day one"),
        Plant(f"misquote-peer-move-{KEY}", BASE, "quotation", "Nasdaq 100 surged 1.9%",
              "Nasdaq 100 surged 2.4%", "number-untraced", "2.4%",
              note="the story has the Nasdaq 100 up 1.9%; a quote the story never printed misquotes it"),
        Plant(f"misquote-level-{KEY}", BASE, "quotation", "and resistance at $250\"",
              "and resistance at $255\"", "number-untraced", "$255",
              note="the story puts resistance at $250; $255 is no level of the story's"),
    ]
