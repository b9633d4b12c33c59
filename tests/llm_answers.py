"""A deterministic "model" for tests: answers the article prompt from its own FACTS block.

`answer(request)` reads the first user message (prompts/article.j2 as rendered by the
model writer), finds the facts, candidate levels, setups, peers, news items and the
TAKE AND CALL lines in it, and returns a ModelArticle-shaped dict whose prose uses only
`{fact}` slots and `[n]` citations and follows the prompt's level rules (a zone quoted
whole with its one name, the take on the desk's level and view, the short-term reason
as given), so a correct writer turns it into an article without errors. `responder`
wraps it as a FakeModelServer responder.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from llm_server import Content, RecordedRequest

_LEVEL = re.compile(r"^- level_(\d+): (.+?), (above|below)(, zone)?(?:, tested)?(?:; (.+))?$", re.M)
_TAKE = re.compile(r"^- take on (.+?)(?:; (.+))?$", re.M)
_TAKE_VIEW = re.compile(r"^- take: (.+)$", re.M)
_SHORT_TERM = re.compile(r"^- short-term: (.+)$", re.M)
_PLAY = re.compile(r"^- take ends on the play: (.+)$", re.M)
_SETUP = re.compile(r"^- (long|short): ", re.M)
_PEER = re.compile(r"^- (\w+): (?:(\^?[A-Z0-9.=-]+) )?(.+), (\w+), ([+-]?\S+)$", re.M)
_NEWS = re.compile(r'^\[(\d+)\] "(.+)", (.+?), (\d{4}-\d{2}-\d{2}|undated)(?:;.*)?$', re.M)
_SHORT = re.compile(r'called "(.+?)" in headlines')
_SYMBOL = re.compile(r"^Write the article for (\S+) ", re.M)
_BIAS = re.compile(r"^GIVEN: bias (\w+);", re.M)
_CALL = re.compile(r"^- (Short|Medium|Long)-term: (\w+); (.+)$", re.M)
_ABROAD = re.compile(r"^- abroad \(.*?\): (.+)$", re.M)
MARKET_NAMES = {"dax": "the DAX", "nikkei": "the Nikkei 225", "hang_seng": "the Hang Seng", "gold": "gold",
                "wti": "WTI crude", "bitcoin": "bitcoin", "eur_usd": "EUR/USD", "usd_jpy": "USD/JPY"}
"""What a model knows the prompt's market keys as."""


@dataclass
class Prompt:
    symbol: str
    short_name: str
    bias: str
    facts: dict[str, str]
    levels: list[tuple[int, str, str, bool, str]] = field(default_factory=list)  # n, name, side, zone, fresh
    setups: list[str] = field(default_factory=list)
    peers: list[tuple[str, str, str]] = field(default_factory=list)  # symbol, name, tag
    news: list[tuple[int, str, str]] = field(default_factory=list)  # n, title, publisher
    calls: dict[str, str] = field(default_factory=dict)
    abroad: list[list[tuple[str, str]]] = field(default_factory=list)  # per session day: (key, +/-/=)
    take_on: str = ""  # the TAKE AND CALL lines: the take's level, the view, the short-term reason
    view: str = ""
    short_term: str = ""
    play: str = ""  # the setup's play the take ends on: entry and target slots


def parse_facts(block: str) -> dict[str, str]:
    """`a=value; b=c=value` entries (names sharing a value share an entry) -> name: value."""
    facts = {}
    for line in block.splitlines():
        for entry in line.split("; "):
            *names, value = entry.split("=")
            facts.update(dict.fromkeys(names, value))
    return facts


def parse_prompt(text: str) -> Prompt:
    facts_part = text.split("FACTS", 1)[1].split("\n", 1)[1].split("\n\n", 1)[0]
    peers_part = text.split("\nRELATED", 1)[1].split("\n\n", 1)[0]
    return Prompt(
        symbol=_SYMBOL.search(text).group(1), short_name=_SHORT.search(text).group(1),
        bias=_BIAS.search(text).group(1),
        facts=parse_facts(facts_part),
        levels=[(int(m.group(1)), m.group(2), m.group(3), bool(m.group(4)), m.group(5) or "")
                for m in _LEVEL.finditer(text)],
        setups=_SETUP.findall(text),
        peers=[(m.group(2) or m.group(1), m.group(3), m.group(1)) for m in _PEER.finditer(peers_part)],
        news=[(int(m.group(1)), m.group(2), m.group(3)) for m in _NEWS.finditer(text)],
        calls={m.group(1): m.group(3) for m in _CALL.finditer(text)},
        abroad=[[(token[:-1], token[-1]) for token in day.split()[2:]]
                for m in _ABROAD.finditer(text) for day in m.group(1).split("; ")],
        **_plan(text),
    )


def _plan(text: str) -> dict[str, str]:
    take, view, short = _TAKE.search(text), _TAKE_VIEW.search(text), _SHORT_TERM.search(text)
    play = _PLAY.search(text)
    return {"take_on": take.group(1) if take else "",
            "view": (take.group(2) or "") if take else view.group(1) if view else "",
            "short_term": short.group(1) if short else "", "play": play.group(1) if play else ""}


def level_quote(n: int, name: str, zone: bool) -> str:
    """A level as the prompt asks: a zone whole, then its one name."""
    return f"{{level_{n}_low}}–{{level_{n}_high}}, the {name}" if zone else f"{{level_{n}}}, the {name}"


def article_prompt(request: RecordedRequest) -> str:
    users = [m for m in request.messages if m.get("role") == "user"]
    return users[0]["content"]


def answer(request: RecordedRequest) -> dict[str, Any]:
    return answer_for(parse_prompt(article_prompt(request)))


def responder(request: RecordedRequest) -> Content:
    return Content(json.dumps(answer(request)))


def answer_for(p: Prompt) -> dict[str, Any]:
    has = p.facts.__contains__
    above = [lv for lv in p.levels if lv[2] == "above"]
    below = [lv for lv in p.levels if lv[2] == "below"]
    return {
        "headline": f"{p.short_name} Set the Tone as the Bias Stays {p.bias}",
        "dek": f"{p.symbol} closed at {{price}}, {{change_1d_pct:signed}} on the session, "
               f"and the bias stays {p.bias.lower()}.",
        "analysis": _analysis(p, has),
        "key_levels": [{"level": n, "note": f"{name.capitalize()}, {{level_{n}_distance_pct:abs}} "
                                            f"{side} the close" + (f"; {fresh}" if fresh else "")}
                       for n, name, side, _, fresh in p.levels],
        "bull_case": [f"A close above {level_quote(n, name, zone)}, would open the way higher."
                      for n, name, _, zone, _ in above[:2]]
        or ["Holding the session's high at {high} would keep buyers in charge."],
        "bear_case": [f"A close below {level_quote(n, name, zone)}, would hand control to sellers."
                      for n, name, _, zone, _ in below[:2]]
        or ["Losing the session's low at {low} would put the move in doubt."],
        "setups": list(p.setups),
        "cross_market": " ".join([*(f"{name} ({sym}) finished {{{tag}_change_1d_pct:signed}}."
                                    for sym, name, tag in p.peers), *map(_abroad_sentence, p.abroad)])
        or "No peer data was available.",
        "final_call": {"short_term": p.short_term or "Pulse {pulse} with threat level {threat_level}",
                       "medium_term": p.calls.get("Medium", "The trend decides"),
                       "long_term": p.calls.get("Long", "The trend decides")},
        "take": _take(p),
    }


def _take(p: Prompt) -> str:
    """The take on the prompt's level and view, in the desk's own slots and names."""
    if not p.take_on and not p.view:
        return "The session's range is the only reference the data supports so far."
    parts = [f"The level that matters most is {p.take_on}." if p.take_on else "",
             f"The view: {p.view}." if p.view else ""]
    # the take ends on the play the prompt gives: the shown setup's (or the pending one's) entry and target
    parts.append(f"The play: {p.play}." if p.play else "")
    return " ".join(part for part in parts if part)


def _abroad_sentence(day: list[tuple[str, str]]) -> str:
    """'On {xmkt_dax_session:dated}, the DAX rose {xmkt_dax_change_pct:abs} and ...' for one day."""
    verbs = {"+": "rose", "-": "fell", "=": "was unchanged at"}
    moves = [f"{MARKET_NAMES[key]} {verbs[sign]} " + (f"{{xmkt_{key}}}" if sign == "=" else
                                                       f"{{xmkt_{key}_change_pct:abs}}") for key, sign in day]
    return f"On {{xmkt_{day[0][0]}_session:dated}}, {', '.join(moves)}."


def _analysis(p: Prompt, has: Any) -> list[str]:
    parts = [f"{p.symbol} closed at {{price}} on {{session:long}}, {{change_1d_pct:signed}} on the day, "
             "after opening at {open}."]
    if has("sma_50") and has("sma_200"):
        parts.append("The 50-day average sits at {sma_50} and the 200-day average at {sma_200}.")
    else:
        parts.append("The history is too short for the longer moving averages.")
    if has("rsi_14"):
        parts.append("RSI(14) reads {rsi_14}, and the Pulse stands at {pulse}.")
    else:
        parts.append("The Pulse stands at {pulse}.")
    if p.news:  # each story quoted by its own headline, so the citation is supported
        parts.append(" ".join(f"{publisher} led with \u201c{title}\u201d [{n}]."
                              for n, title, publisher in p.news))
    return parts
