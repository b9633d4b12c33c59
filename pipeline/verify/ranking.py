"""Rank words without a figure: "QQQ led every peer", "It trailed SPY", "lagged the rest of the group".

The article's instrument said to lead or trail its peers on the session is
checked against the peers' one-day moves: "led every peer" needs the best move
of them all, "trailed SPY" a move below SPY's. A figure of the comparison
("trailed SPY by 1.16 pp") is a claim of its own (values.py); another time frame
("for 3 sessions in a row", "over the month"), a hypothetical or a negation
leaves the words unchecked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..contracts import Finding, RelatedRole
from .codes import finding
from .context import VerifyContext
from .lookahead import leading
from .numbers import may_hold, unquoted
from .subjects import Mention, compared_against

_VERB = leading(re.compile(r"\b(?P<verb>led|leads|outperformed|outpaced|beat|topped|lagged|lags|trailed|"
                           r"trails|underperformed|(?<=\bdid )(?:trail|lag|outperform|underperform))\b",
                           re.IGNORECASE))
_VERB_STEMS = ("led", "leads", "outperform", "outpaced", "beat", "topped", "lag", "trail", "underperform")
"""What every match of _VERB holds (see numbers.may_hold)."""
_LEADING_VERBS = ("led", "leads", "outperformed", "outpaced", "beat", "topped")
_GROUP = r"(?:(?:big|major|main|large|key|benchmark) )?(?:peers?|rivals?|ETFs?|funds?|indexes|indices|index)"
_ALL_PEERS = re.compile(
    r"^\s+(?:(?:every|each) (?:one of )?(?:its |the )?(?:other )?(?:peers?|rivals?)|"
    r"(?:every|each) (?:one )?(?:of )?(?:its |the )?other " + _GROUP + r"|"
    r"all (?:\w+ )?(?:of )?(?:its |the )?(?:other )?(?:peers|rivals)|"
    r"all (?:two|three|four|five|\w+ )?(?:of )?(?:its |the )?other " + _GROUP + r"|"
    r"(?:its|the) (?:other )?peers|(?:its|the) other (?:two |three |four |five )?" + _GROUP + r"|"
    r"the rest(?: of (?:the|its) (?:group|pack|field|peers))?|"
    r"all (?:two|three|four|five)(?=\s*(?:[;,.:)\u2014]|$)))\b", re.IGNORECASE)
_OBJECT_GAP = re.compile(r"^\s+(?:the\s+)?(?:(?:small|mid|large|mega)[- ]cap\s+|tech-heavy\s+|"
                         r"blue-chip\s+)?$", re.IGNORECASE)
"""Between a rank verb and the instrument compared with: "trailed SPY", "did trail the small-cap IWM"."""
_PRONOUN = re.compile(r"^\W*(?:it|the fund|the ETF|the index)\b", re.IGNORECASE)
_NOT_THE_DAY = re.compile(r"\b(?:sessions|previous|prior|yesterday|in a row|straight|running|streak|week|"
                          r"weekly|month|monthly|year|YTD|"
                          r"quarter|since|so far|would|could|might|if|not|never|no longer|hasn't|didn't|"
                          r"by\s+[+\-\u2212]?\$?\d)", re.IGNORECASE)
_NOT_THE_DAY_WORDS = leading(re.compile(_NOT_THE_DAY.pattern.replace("|by\\s+[+\\-\\u2212]?\\$?\\d", ""),
                                re.IGNORECASE))
"""_NOT_THE_DAY without a comparison's own figure, which only the words of its own verb hold."""
_NOT_THE_DAY = leading(_NOT_THE_DAY)  # see lookahead.py
_CLAUSE_MARK = re.compile(r"[;:\u2014]|\.(?!\d)")
_BY_FIGURE = re.compile(r"\bby\s+[+\-\u2212]?\$?\d")
"""A comparison's own figure ("trailed SPY by 1.16 pp"): that claim is the figure's (values.py)."""
_ANOTHER_OBJECT = re.compile(r"\bby\s+(?:(?:about|roughly|some|nearly|almost|just|only|around)\s+)?"
                             r"[+\-\u2212]?\$?\d[^;]*,\s+and\s+$", re.IGNORECASE)
"""Between an object of an earlier comparison and a second verb of the same subject ("QQQ beat SPY by 0.35
points and DIA by 0.84, and beat IWM"): the verb's subject is the clause's first instrument."""


@dataclass(frozen=True)
class _RankClaim:
    verb: re.Match[str]
    span: str
    others: tuple[str, ...]  # the symbols compared against


def check_rank_words(sentence: str, section: str, ctx: VerifyContext, *,
                     own_paragraph: bool) -> list[Finding]:
    """`own_paragraph`: the paragraph's running subject is the article's instrument ("It led ...")."""
    if not may_hold(sentence, _VERB_STEMS) or _VERB.search(sentence) is None:
        return []  # most sentences: no rank verb at all
    text = unquoted(sentence)
    own = ctx.fact(ctx.symbol, "change_1d_pct")
    if own is None:
        return []
    mentions = ctx.lexicon.mentions(text)
    found = []
    for claim in _claims(text, ctx, mentions, own_paragraph):
        moves = {s: float(f.value) for s in claim.others  # type: ignore[arg-type]
                 for f in [ctx.fact(s, "change_1d_pct")] if f is not None}
        if not moves:
            continue
        mine = float(own.value)  # type: ignore[arg-type]
        leads = claim.verb.group("verb").lower() in (*_LEADING_VERBS, "outperform")
        holds = all(mine > v for v in moves.values()) if leads else all(mine < v for v in moves.values())
        if not holds:
            others = ", ".join(f"{s} {v:+.2f}%" for s, v in moves.items())
            found.append(finding("direction-mismatch", f"'{claim.span}' but {ctx.symbol} moved {mine:+.2f}% "
                                 f"on the session ({others})", section=section, span=claim.span,
                                 expected=f"{ctx.symbol} {mine:+.2f}% against {others}",
                                 source="returns.change_1d_pct, related[].change_1d_pct"))
    return found


def _claims(text: str, ctx: VerifyContext, mentions: list[Mention], own_paragraph: bool) -> list[_RankClaim]:
    own = set(ctx.lexicon.family_of(ctx.symbol))
    claims = []
    for verb in _VERB.finditer(text):
        clause_start = max([0, *(m.end() for m in _CLAUSE_MARK.finditer(text, 0, verb.start()))])
        end = _CLAUSE_MARK.search(text, verb.end())
        clause_end = end.start() if end else len(text)
        if _NOT_THE_DAY_WORDS.search(text, clause_start, clause_end):
            continue
        following = _VERB.search(text, verb.end(), clause_end)
        if _BY_FIGURE.search(text, verb.end(), following.start() if following else clause_end):
            continue
        if _RELATIVE_BEFORE.search(text, clause_start, verb.start()):
            continue  # "QQQ beat IWM, which lagged SPY": the relative clause's verb is IWM's, not read
        subject = [m for m in mentions if clause_start <= m.start and m.end <= verb.start()
                   and not _rank_object(text, m, clause_start)]
        if len(subject) > 1 and _ANOTHER_OBJECT.search(text, subject[-1].end, verb.start()):
            subject = subject[:1]
        if subject and not set(subject[-1].symbols) & own:
            continue  # another instrument's rank: not read here
        if not subject and not (own_paragraph and _PRONOUN.match(text[clause_start:verb.start()])):
            continue
        others, span_end = _compared(text, verb, mentions, own, ctx)
        if others:  # the span from the named subject ("DIA led all three ..."), else from the verb
            start = subject[-1].start if subject and not text[subject[-1].end:verb.start()].strip(" ,") \
                else verb.start()
            claims.append(_RankClaim(verb, text[start:span_end], others))
    return claims


_RELATIVE_BEFORE = re.compile(r",?\s+(?:which|who)\s+(?:\w+ly\s+|also\s+|then\s+|in turn\s+)?$",
                              re.IGNORECASE)
"""A rank verb right after 'which' or 'who': its subject is the noun before the pronoun."""


def _rank_object(text: str, mention: Mention, clause_start: int) -> bool:
    """The instrument is what an earlier rank verb of the clause compares with ("it beat IWM (+0.30%) and
    beat SPY": IWM is beaten, not the one beating SPY)."""
    return any(_OBJECT_GAP.match(text[verb.end():mention.start])
               for verb in _VERB.finditer(text, clause_start, mention.start))


def _compared(text: str, verb: re.Match[str], mentions: list[Mention], own: set[str],
              ctx: VerifyContext) -> tuple[tuple[str, ...], int]:
    """The symbols the verb compares against and the end of its object: every peer, or one named."""
    every = _ALL_PEERS.match(text[verb.end():])
    if every:
        peers = tuple(m.symbol for m in ctx.snapshot.related
                      if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK) and m.symbol not in own)
        return peers, verb.end() + every.end()
    for mention in mentions:
        if mention.start >= verb.end() and _OBJECT_GAP.match(text[verb.end():mention.start]):
            if set(mention.symbols) & own:
                return (), verb.end()
            named = tuple(s for s in mention.symbols if ctx.fact(s, "change_1d_pct") is not None)
            return named[:1], mention.end
    return (), verb.end()


# --- two moves compared: "QQQ did slightly better than IWM", "up 1.96%, a touch less than QQQ" ---

_THAN = leading(re.compile(
    r"\b(?:(?:did|fared|held up|performed|was|were|is|came in|finished)\s+)?"
    r"(?:(?:slightly|a (?:little|bit|touch|tad|shade)|somewhat|much|far|a lot|marginally|modestly|"
    r"noticeably|even)\s+){0,2}(?P<side>better|worse|less|more) than\b", re.IGNORECASE))
_BARE = leading(re.compile(
    r"\b(?:did|fared|held up|performed)\s+(?:(?:slightly|a (?:little|bit|touch|tad|shade)|somewhat|much|far|"
    r"even|noticeably)\s+){0,2}(?P<side>better|worse)\b(?!\s+(?:than|on|over|in|for|this|last)\b)",
    re.IGNORECASE))
"""A peer's day said better or worse with no "than" ("QQQ did worse, +1.90% to $626.40"): against the
article's own instrument."""
_BARE_SIZE = leading(re.compile(
    r"\b(?P<verb>fell|lost|dropped|declined|slid|slipped|rose|gained|climbed|advanced|added)\s+"
    r"(?:(?:slightly|a (?:little|bit|touch|tad|shade)|somewhat|much|far|even)\s+)?(?P<side>less|more)\b"
    r"(?!\s+(?:than|on|over|in|for|this|last|since|ground|of|and|or|to)\b)(?=\s*(?:[(,.;:\u2014]|$))",
    re.IGNORECASE))
"""A peer's move said larger or smaller with no "than" ("QQQ fell less (-1.44%)"): against the article's
own instrument's move on the same side."""
_SIZE_UP = ("rose", "gained", "climbed", "advanced", "added")
_LISTED = re.compile(r"^\s*(?:\([^()]*\))?\s*(?:,|,?\s+and|,?\s+&)\s*$", re.IGNORECASE)
_LAST_LISTED = re.compile(r"^\s*(?:\([^()]*\))?\s*$")
"""Between the names of a list that is the subject ("IWM (+0.30%) and DIA (+0.60%) did better")."""
_GROUP_OBJECT = re.compile(r"\s+(?:(?:all\s+(?:of\s+)?)?(?:its|the)\s+(?:(?:other|big|bigger|major|main|"
                           r"large|large-cap|benchmark)\s+)(?:peers|rivals|ETFs|funds|indexes|indices|"
                           r"index funds)\b|"
                           r"(?:all(?:\s+of\s+the)?|the\s+other)\s+(?P<count>two|three|four|five)\b"
                           r"(?!\s+(?:sessions|days|weeks|months|years|times)\b)|the\s+rest\b)",
                           re.IGNORECASE)
"""The peers as a group after "than" ("IWM fell less than the big funds", "did better than all three",
"than the other two", "than the rest"): each loaded peer (as many as counted, when a count is said)."""
_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
_THAN_OBJECT = re.compile(r"^\s+(?:the\s+)?(?:(?:small|mid|large|mega)[- ]cap\s+|tech-heavy\s+|"
                          r"blue-chip\s+)?$", re.IGNORECASE)


def check_peer_comparisons(sentence: str, section: str, ctx: VerifyContext, *,
                           own_paragraph: bool) -> list[Finding]:
    """One instrument's day said to be better or worse than another's ("QQQ did slightly better than IWM",
    "It even did slightly worse than the small-cap IWM"), or its move more or less than the other's on the
    same side ("IWM up 1.96%, a touch less than QQQ"): checked when both one-day moves are loaded. The
    subject is the last instrument the clause names before the words (else the article's, after "it" in
    its own paragraph); another time frame, a hypothetical or a negation leaves the words unchecked."""
    lowered = sentence.lower()
    if " than " not in lowered or not any(w in lowered for w in ("better", "worse", "less", "more")):
        return []
    text = unquoted(sentence)
    mentions = ctx.lexicon.mentions(text)
    found = []
    for words in _THAN.finditer(text):
        clause_start = max([0, *(m.end() for m in _CLAUSE_MARK.finditer(text, 0, words.start()))])
        end = _CLAUSE_MARK.search(text, words.end())
        clause_end = end.start() if end else len(text)
        if _NOT_THE_DAY_WORDS.search(text, clause_start, clause_end) or _own_figure(text, words, clause_end):
            continue
        other = next((m for m in mentions if m.start >= words.end()), None)
        ours = _OURS.match(text, words.end())
        group = _GROUP_OBJECT.match(text, words.end())
        if ours is not None:  # "better than us", "less than mine": the writer's own, the article's instrument
            other = Mention(ours.start(1), ours.end(1), ours.group(1), (ctx.symbol,))
        elif group is not None:  # "fell less than the big funds": each peer
            found += _than_group(text, words, group, mentions, clause_start, section, ctx, own_paragraph)
            continue
        elif other is None or not _THAN_OBJECT.match(text[words.end():other.start]):
            continue
        named = [m for m in mentions if clause_start <= m.start and m.end <= words.start()]
        subject = [m for m in named if not compared_against(text, m)]  # "QQQ fell 0.70 more than DIA and
        if subject:  # 0.10 more than IWM": QQQ's, not DIA's
            mine = _moved(subject[-1].symbols, ctx)
        elif own_paragraph and (named or _PRONOUN.match(text[clause_start:words.start()])):
            mine = _moved((ctx.symbol,), ctx)  # "it lost 0.30 more than SPY, and it held up worse than QQQ"
        else:
            continue
        theirs = _moved(other.symbols, ctx)
        if mine is None or theirs is None or mine[0] == theirs[0]:
            continue
        side = words.group("side").lower()
        if side in ("less", "more") and (mine[1] < 0) != (theirs[1] < 0):
            continue  # "less than" across a gain and a loss says nothing plain
        holds = {"better": mine[1] > theirs[1], "worse": mine[1] < theirs[1],
                 "more": abs(mine[1]) > abs(theirs[1]), "less": abs(mine[1]) < abs(theirs[1])}[side]
        if not holds:
            span = text[words.start():other.end].strip()
            moves = f"{mine[0]} {mine[1]:+.2f}%, {theirs[0]} {theirs[1]:+.2f}%"
            found.append(finding("direction-mismatch", f"'{span}' but {moves} on the session",
                                 section=section, span=span, expected=moves,
                                 source="returns.change_1d_pct, related[].change_1d_pct"))
    return found


_PIECE_END = re.compile(r",\s")


def _own_figure(text: str, words: re.Match[str], clause_end: int) -> bool:
    """The comparison carries its own figure ("did better than SPY by 0.35 points"): that claim is the
    figure's (values.py). A figure of another comparison after a comma ("gained more than SPY (+1.10%),
    trailing it by 0.50 pp") leaves these words to be read."""
    piece_end = _PIECE_END.search(text, words.end(), clause_end)
    return _BY_FIGURE.search(text, words.end(), piece_end.start() if piece_end else clause_end) is not None


def _than_group(text: str, words: re.Match[str], group: re.Match[str], mentions: list[Mention],
                clause_start: int, section: str, ctx: VerifyContext, own_paragraph: bool) -> list[Finding]:
    """The article's instrument said to do better or worse than its peers as a group ("IWM fell less than the
    big funds"): its move against each loaded peer's, on the same side for "less"/"more"."""
    named = [m for m in mentions if clause_start <= m.start and m.end <= words.start()]
    own = set(ctx.lexicon.family_of(ctx.symbol))
    if named and not set(named[-1].symbols) & own or not named and not own_paragraph:
        return []
    mine = _moved((ctx.symbol,), ctx)
    theirs = [m for m in (_moved((s,), ctx) for s in _group(ctx) if s not in own) if m is not None]
    count = group.group("count")
    if mine is None or not theirs or count and _COUNTS[count.lower()] != len(theirs):
        return []  # "all three" when another number of peers is loaded: which ones is unsaid
    side = words.group("side").lower()
    if side in ("less", "more") and any((mine[1] < 0) != (t[1] < 0) for t in theirs):
        return []
    holds = all({"better": mine[1] > t[1], "worse": mine[1] < t[1], "more": abs(mine[1]) > abs(t[1]),
                 "less": abs(mine[1]) < abs(t[1])}[side] for t in theirs)
    if holds:
        return []
    span = text[words.start():group.end()].strip()
    moves = ", ".join(f"{s} {v:+.2f}%" for s, v in (mine, *theirs))
    return [_moves_finding(span, moves, section)]


_ALL_WAY = leading(re.compile(
    r"\b(?:everything|everyone|everybody|all (?:of them|four|three|five|the (?:majors|indexes|indices|funds|"
    r"ETFs|index funds))|the (?:whole|entire) (?:board|tape|screen))\s+"
    r"(?:was|were|closed|finished|ended|went)\s+(?:in the\s+)?(?P<way>green|red|(?:up|down|higher|lower)\b"
    r"(?!\s+(?:for|to|from|in|on(?!\s+the\s+(?:day|session)\b)|at|by|with|and|or|\d)))\b(?P<but>\s+(?:but|except|save)\b[^.;:]*)?|"
    r"\b(?P<way2>green|red)\s+like\s+(?:the\s+rest|the\s+others|everything\s+else)\b|"
    r"\b(?:(?:every|each)(?:\s+single)?\s+one\s+of\s+(?:the|them|these|those)(?:\s+(?P<count>two|three|four|five))?|"
    r"all\s+(?P<count2>two|three|four|five)(?:\s+of\s+them)?|everyone|everybody|everything)"
    r"(?:\s+(?:funds|ETFs|indexes|indices|majors))?\s+(?P<verb>rose|gained|advanced|climbed|closed\s+higher|"
    r"finished\s+higher|fell|dropped|declined|slipped|closed\s+lower|finished\s+lower|lost\s+ground)\b"
    r"(?!\s+(?:into|apart|short|through|behind|back|flat|silent|in\s+line|on\s+deaf)\b)"
    r"(?P<but2>\s+(?:but|except|save)\b[^.;:]*)?", re.IGNORECASE))
"""'Everything was green but the fear gauge', 'all four closed in the red', 'green like the rest', 'Every
one of the four rose', 'all three fell', 'Everyone was up', 'Everybody fell': every loaded member of the
group moved that way on the session (one named after "but" or "except" is left out; a count said must be
the group's)."""
_UP_VERBS = ("rose", "gained", "advanced", "climbed", "closed higher", "finished higher")
_UP_WAYS = ("green", "up", "higher")
_MOST_AFTER = re.compile(r",\s+(?P<who>[^,;:.()]{2,40}?)\s+(?:the\s+)?(?P<most>most|least)\b(?!\s+of\b)",
                         re.IGNORECASE)
"""One of the group given its place right after the group's move ("Everybody fell, small caps most"): it
moved that way the most (or the least) of them all."""
_ONLY_SOME = leading(re.compile(
    r"\bonly\s+(?P<count>one|two|three|four)(?:\s+of\s+(?:the|them|these|those)(?:\s+(?:two|three|four|five))?)?"
    r"(?:\s+(?:were|was|closed|finished|ended))?\s+(?:in\s+the\s+)?(?P<way>green|red|higher|lower)\b"
    r"(?=\s*(?:[,.;:!?\u2014)]|$))", re.IGNORECASE))
"""A count of the group that moved one way ("Only three green", "only two of the four closed higher"): as
many of the article's instrument and its loaded peers must have moved that way on the session."""


def check_all_way(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """The whole group said green or red on the session: each of the article's instrument and its loaded
    peers must have moved that way; another time frame leaves the words unchecked."""
    lowered = sentence.lower()
    if not any(word in lowered for word in ("green", "red", "all ", "one of", "only", "every")):
        return []
    text = unquoted(sentence)
    found = []
    for said in _ALL_WAY.finditer(text):
        clause_start = max([0, *(m.end() for m in _CLAUSE_MARK.finditer(text, 0, said.start()))])
        end = _CLAUSE_MARK.search(text, said.end())
        if _NOT_THE_DAY.search(text, clause_start, end.start() if end else len(text)):
            continue
        but = said.group("but") or said.group("but2") or ""
        left_out = {s for m in ctx.lexicon.mentions(but) for s in m.symbols}
        group = {s: v for s, v in _group(ctx).items() if s not in left_out}
        count = said.group("count") or said.group("count2")
        if count and not but and _COUNTS[count.lower()] != len(group):
            continue  # "all three rose" of another three than the loaded group
        way = said.group("way") or said.group("way2")
        up = way.lower() in _UP_WAYS if way else re.sub(r"\s+", " ", said.group("verb").lower()) in _UP_VERBS
        wrong = {s: v for s, v in group.items() if (v > 0) != up}
        if not but and len(group) >= 3:
            found += _most_after(text, said.end(), up, group, section, ctx)
        if len(group) < 2 or not wrong:
            continue
        moves = ", ".join(f"{s} {v:+.2f}%" for s, v in group.items())
        told = "way" if said.group("way") else "verb" if said.group("verb") else 0
        last = said.end(told)
        found.append(_moves_finding(text[said.start():last], moves, section))
    return found + _only_some(text, section, ctx)


def _most_after(text: str, end: int, up: bool, group: dict[str, float], section: str,
                ctx: VerifyContext) -> list[Finding]:
    """'Everybody fell, small caps most': the one named moved the group's way the most (or the least)."""
    said = _MOST_AFTER.match(text, end)
    named = ctx.lexicon.mentions(said.group("who")) if said else []
    if said is None or len(named) != 1:
        return []
    subject = next((s for s in named[0].symbols if s in group), None)
    same_side = [v for v in group.values() if (v > 0) == up]
    if subject is None or len(same_side) < 2:
        return []
    farthest = max if up else min
    nearest = min if up else max
    place = farthest if said.group("most").lower() == "most" else nearest
    if group[subject] == place(same_side) and (group[subject] > 0) == up:
        return []
    moves = ", ".join(f"{s} {v:+.2f}%" for s, v in group.items())
    span = said.group(0).lstrip(", ")
    return [_moves_finding(span, moves, section)]


def _only_some(text: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """'Only three green': the count of the group that moved that way on the session."""
    if "only" not in text.lower():
        return []
    found = []
    for said in _ONLY_SOME.finditer(text):
        clause_start = max([0, *(m.end() for m in _CLAUSE_MARK.finditer(text, 0, said.start()))])
        end = _CLAUSE_MARK.search(text, said.end())
        group = _group(ctx)
        count = _COUNTS.get(said.group("count").lower(), 1)
        if _NOT_THE_DAY.search(text, clause_start, end.start() if end else len(text)) or len(group) <= count:
            continue
        up = said.group("way").lower() in ("green", "higher")
        if sum(1 for v in group.values() if (v > 0) == up and v != 0) != count:
            found.append(_moves_finding(said.group(0), ", ".join(f"{s} {v:+.2f}%" for s, v in group.items()),
                                        section))
    return found


_GROUP_MORE = leading(re.compile(
    r"\b(?:(?:the|its)\s+(?:(?:other|big|bigger|major|main|large|large-cap)\s+){0,2}(?:peers|rivals|funds|"
    r"ETFs|indexes|indices|others|rest)(?:\s+of\s+the\s+(?:market|group|pack|field|board|majors))?(?:\s+all)?|"
    r"(?:everybody|everyone|everything|all)\s+else)\s+"
    r"(?:(?P<verb>fell|dropped|declined|lost|slid|rose|gained|climbed|advanced)\s+(?P<side>more|less)\b"
    r"(?!\s+than\b)|"
    r"did\s+(?P<did>better|worse)\b(?!\s+than\b)|"
    r"(?P<rank>lagged|trailed|underperformed|beat|outperformed|outpaced|topped)\s+(?:it|us)\b)",
    re.IGNORECASE))
"""The peers as the subject of a move compared with no "than" ("The big funds fell more: SPY -0.54%, ...",
"The rest of the market fell more"): more or less than the article's own instrument, on the same side; or
of a day compared with the article's instrument's ("Everybody else did worse", "The others all lagged
it"): below it (or above it)."""
_GROUP_UP = ("rose", "gained", "climbed", "advanced")
_BEHIND_WORDS = ("worse", "lagged", "trailed", "underperformed")


def check_group_more(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """The peers said to move more or less than the article's instrument ("the big funds fell less"):
    wrong when no loaded peer that moved the verb's way, as the instrument did, moved more (or less)."""
    lowered = sentence.lower()
    if not any(word in lowered for word in (" more", " less", " better", " worse", " it", " us")):
        return []
    text = unquoted(sentence)
    mine = _moved((ctx.symbol,), ctx)
    own = set(ctx.lexicon.family_of(ctx.symbol))
    theirs = [m for m in (_moved((s,), ctx) for s in _group(ctx) if s not in own) if m is not None]
    found = []
    for said in _GROUP_MORE.finditer(text):
        clause_start = max([0, *(m.end() for m in _CLAUSE_MARK.finditer(text, 0, said.start()))])
        end = _CLAUSE_MARK.search(text, said.end())
        clause_end = end.start() if end else len(text)
        if mine is None or not theirs or _NOT_THE_DAY.search(text, clause_start, clause_end):
            continue
        if not said.group("verb"):  # "did worse", "lagged it": some peer's day under (or over) the own's
            if any(not set(m.symbols) & own for m in ctx.lexicon.mentions(text[:said.start()])):
                continue  # "QQQ rose 1.9%; the others all trailed it": 'it' may be the one named
            below = (said.group("did") or said.group("rank")).lower() in _BEHIND_WORDS
            if not any((v < mine[1]) == below and v != mine[1] for _, v in theirs):
                moves = ", ".join(f"{s} {v:+.2f}%" for s, v in (mine, *theirs))
                found.append(_moves_finding(said.group(0), moves, section))
            continue
        up = said.group("verb").lower() in _GROUP_UP
        if any((v > 0) != up for _, v in (mine, *theirs)):
            continue  # a move the other way is the direction's claim, not the size's
        more = said.group("side").lower() == "more"
        if not any((abs(v) > abs(mine[1])) == more for _, v in theirs):
            moves = ", ".join(f"{s} {v:+.2f}%" for s, v in (mine, *theirs))
            found.append(_moves_finding(said.group(0), moves, section))
    return found


def _moves_finding(span: str, moves: str, section: str) -> Finding:
    return finding("direction-mismatch", f"'{span}' but {moves} on the session", section=section, span=span,
                   expected=moves, source="returns.change_1d_pct, related[].change_1d_pct")


def check_bare_comparisons(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """A peer's day said better or worse with no "than" ("QQQ did worse, +1.90% to $626.40"): against the
    article's own instrument's day, when both are loaded; another time frame leaves the words unchecked."""
    lowered = sentence.lower()
    if not any(word in lowered for word in ("better", "worse", " less", " more")):
        return []
    text = unquoted(sentence)
    own = set(ctx.lexicon.family_of(ctx.symbol))
    mine = _moved((ctx.symbol,), ctx)
    said = sorted([*_BARE.finditer(text), *_BARE_SIZE.finditer(text)], key=lambda m: m.start())
    found = []
    for before, words in zip([None, *said], said, strict=False):
        clause_start = max([0, *(m.end() for m in _CLAUSE_MARK.finditer(text, 0, words.start()))])
        end = _CLAUSE_MARK.search(text, words.end())
        if mine is None or _NOT_THE_DAY.search(text, clause_start, end.start() if end else len(text)):
            continue
        start = max(clause_start, before.end() if before else 0)
        named = _bare_subjects(text, [m for m in ctx.lexicon.mentions(text)
                                      if start <= m.start and m.end <= words.start()], words.start())
        if not named or any(set(m.symbols) & own or compared_against(text, m) for m in named):
            continue  # the own's "did better" has no other side named; two names: which one is unsaid
        wrong = [t for t in (_moved(m.symbols, ctx) for m in named)
                 if t is not None and not _bare_holds(words, t[1], mine[1])]
        if wrong:
            span = text[named[0].start:words.end()]
            moves = ", ".join(f"{s} {v:+.2f}%" for s, v in (*wrong, mine))
            found.append(_moves_finding(span, moves, section))
    return found


def _bare_subjects(text: str, named: list[Mention], words_start: int) -> list[Mention]:
    """The one instrument named before the words, or each of a list that is their subject."""
    if len(named) == 1:
        return named
    between = [text[a.end:b.start] for a, b in zip(named, named[1:], strict=False)]
    if len(named) > 1 and all(_LISTED.match(gap) for gap in between) and \
            _LAST_LISTED.match(text[named[-1].end:words_start]):
        return named
    return []


def _bare_holds(words: re.Match[str], theirs: float, mine: float) -> bool:
    """A peer's move against the article's instrument's: better/worse, or more/less on the verb's side."""
    if abs(theirs - mine) < 0.005:
        return True
    side = words.group("side").lower()
    if side in ("better", "worse"):
        return (theirs > mine) == (side == "better")
    up = words.group("verb").lower() in _SIZE_UP
    if (theirs > 0) != up or (mine > 0) != up:
        return True  # a move the other way is the direction's claim, not the size's
    return (abs(theirs) > abs(mine)) == (side == "more")


_OURS = re.compile(r"\s+(us|me|mine|ours|my (?:fund|position|holding|shares|book))\b(?!\s+(?:and|or)\b)",
                   re.IGNORECASE)
"""The writer's own holding as the object of a comparison ("Nasdaq 100 lost 0.90%, better than us")."""


def _moved(symbols: tuple[str, ...], ctx: VerifyContext) -> tuple[str, float] | None:
    """The first of `symbols` with a loaded one-day move, and that move (in %)."""
    for symbol in symbols:
        fact = ctx.fact(symbol, "change_1d_pct")
        if fact is not None:
            return symbol, float(fact.value)  # type: ignore[arg-type]
    return None


# --- a place in the group: "the smallest drop of the four", "the day's best", "the laggard of the four" ---

_GROUP_WORDS = ("best", "worst", "leader", "laggard", "biggest", "largest", "smallest", "strongest",
                "weakest", "only one", "the most", "the least")
"""One of which a lowered sentence holds for _PLACE to match (a substring test turns the rest away)."""
_OF_GROUP = (r"(?: of (?:the|all|its|our) (?:(?:big|major|main) )?(?:two|three|four|five|six|group|bunch|"
             r"lineup|pack|peers|majors|funds|ETFs)\b(?: (?:funds|ETFs|indexes|indices|majors)\b)?)")
_PLACE = leading(re.compile(
    r"(?:\bthe |(?<=[;|\u2014] )|(?<=[;|\u2014]))(?:(?P<day>day's|session's) )?"
    r"(?:(?P<rank>best|worst|strongest|weakest|leader|laggard)"
    r"(?: (?:showing|performer|performance|result|move|day|session))?|"
    r"(?P<size>biggest|largest|smallest) (?P<move>drop|fall|loss|decline|slide|gain|rise|advance|rally))"
    r"(?(day)(?!\s+\w)|" + _OF_GROUP + r")|"
    r"\bthe only one" + _OF_GROUP + r" (?:that |which |to )?(?P<only>went down|went up|fell|rose|lost ground|"
    r"gained|declined|advanced|finish(?:ed)? lower|finish(?:ed)? higher|close(?:d)? lower|close(?:d)? higher|"
    r"rise|fall|gain|decline|advance|drop|go up|go down|lose ground)\b|"
    r"\bthe only one" + _OF_GROUP + r"? (?P<only_way>up|down|higher|lower|in the green|in the red)"
    r"(?=\s*(?:[,.;:!?\u2014)]|$))|"
    r"\b(?P<most_verb>lost|fell|dropped|declined|slid|gained|rose|climbed|advanced|added)\s+the\s+"
    r"(?P<most>most|least)\b(?!\s+(?:ground\s+)?(?:since|in|over|this|last|for|of(?!" + _OF_GROUP[6:-1]
    + r")|on(?!\s+the\s+(?:day|session)))\b)|"
    r"\b(?:did|fared|held up|performed)\s+(?P<verbal>best|worst)\b(?!\s+(?:on|over|in|for|this|last|since)\b)"
    r"(?:\s+of\s+(?:all|the\s+(?:four|three|five|bunch|group|lot)))?|"
    r"\b(?:the\s+)?(?:day's\s+|session's\s+)?(?:(?P<winner>biggest|top|best)\s+(?:winner|gainer)|"
    r"(?P<loser>biggest)\s+loser)\b|"
    r"(?:(?<=\bwas )|(?<=\bis ))the\s+(?P<bare>leader|laggard)(?=\s*(?:[:;,.\u2014)]|$))",
    re.IGNORECASE))
_VERBAL = ("verbal", "winner", "loser", "bare", "most")
"""A place said with a verb or a noun ("small caps did worst of all", "held up best", "the day's biggest
winner", "DIA was the leader:"): its subject is the instrument named last before it, which must be one of
the group."""
_PLACE_TIME = re.compile(r"\b(?:week|month|year|YTD|sessions|since|so far|in a row|straight|streak|"
                         r"quarter)\b", re.IGNORECASE)
_DOWN_WORDS = ("drop", "fall", "loss", "decline", "slide", "went down", "fell", "lost ground", "declined",
               "finish lower", "finished lower", "closed lower", "close lower", "go down", "lose ground",
               "lost", "dropped", "slid", "down", "lower", "in the red")


def check_group_place(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """An instrument's place among the article's instrument and its loaded peers on the day: 'the
    smallest drop of the four' needs the best move of those that fell, 'the day's best' the best
    move of all, 'the only one of the four that went down' the only fall. The instrument is the
    last one named before the words, else the article's; another time frame leaves them unchecked."""
    lowered = sentence.lower()
    if not any(word in lowered for word in _GROUP_WORDS):
        return []
    text = unquoted(sentence)
    group = _group(ctx)
    if len(group) < 3:
        return []  # no peers loaded to rank against
    found = []
    for place in _PLACE.finditer(text):
        if any(place.group(n) for n in _VERBAL):
            named_before = ctx.lexicon.mentions(text[:place.start()])
            if not named_before and _OPENING_PRONOUN.fullmatch(text, 0, place.start()):
                pass  # "It fell the most of the big funds": the article's own instrument
            elif not named_before or not set(named_before[-1].symbols) & set(group):
                continue  # another instrument's place, or no subject named
        mentions = [m for m in ctx.lexicon.mentions(text[:place.start()]) if set(m.symbols) & set(group)]
        if any(place.group(n) for n in _VERBAL):
            pass  # the last one named
        elif mentions and not place.group(0).lower().startswith(("the ", "the\u00a0")):
            mentions = mentions[:1]  # "DIA trailed SPY by 0.49 pts; best of the four": the sentence's subject
        named = mentions[-1].symbols if mentions else ()
        subject = next((s for s in named if s in group), ctx.symbol)
        start = mentions[-1].start if mentions else 0
        if _PLACE_TIME.search(text, start, min(len(text), place.end() + 25)):
            continue
        denied = _DENIED_PLACE.search(text, max(0, place.start() - 40), place.start())
        if _holds(place, subject, group) == (denied is not None):
            said = text[denied.start():place.end()] if denied else place.group(0)
            moves = ", ".join(f"{s} {v:+.2f}%" for s, v in group.items())
            verdict = "but" if denied is None else "denied, but"
            found.append(finding("direction-mismatch", f"'{said}' {verdict} {subject} moved "
                                 f"{group[subject]:+.2f}% on the session ({moves})", section=section,
                                 span=said, expected=moves,
                                 source="returns.change_1d_pct, related[].change_1d_pct"))
    return found


_OPENING_PRONOUN = re.compile(r"\W*(?:it|we|our fund|the fund)\s+", re.IGNORECASE)
"""A sentence whose subject is the pronoun right before a place said with a verb ("It fell the most of the
big funds"): the article's instrument, as the sentence before it was about."""
_DENIED_PLACE = re.compile(r"(?:\bnot|n't|\bnever|\bhardly|\bfar from)\s+"
                           r"(?:(?:even|quite|exactly|really|necessarily|remotely|by any means)\s+)?$",
                           re.IGNORECASE)
"""A place denied right before its words ("was not even the day's strongest", "isn't the laggard"): the
opposite is claimed, and checked."""


def _group(ctx: VerifyContext) -> dict[str, float]:
    """The 1-day moves of the article's instrument and its loaded peers and benchmark."""
    symbols = [ctx.symbol, *(m.symbol for m in ctx.snapshot.related
                             if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK))]
    return {s: float(f.value) for s in dict.fromkeys(symbols)  # type: ignore[arg-type]
            for f in [ctx.fact(s, "change_1d_pct")] if f is not None}


def _holds(place: re.Match[str], subject: str, group: dict[str, float]) -> bool:
    mine = group[subject]
    if place.group("only") or place.group("only_way"):  # "the only one of the four down"
        down = (place.group("only") or place.group("only_way")).lower() in _DOWN_WORDS
        return all((v < 0) != down for s, v in group.items() if s != subject) and (mine < 0) == down
    if place.group("most"):  # "QQQ lost the most": the farthest move of those that went the verb's way
        down = place.group("most_verb").lower() in _DOWN_WORDS
        same_side = [v for v in group.values() if (v < 0) == down]
        farthest = min if down else max
        place_of = farthest if place.group("most").lower() == "most" else (max if down else min)
        return (mine < 0) == down and mine == place_of(same_side)
    verbal = place.group("verbal") or place.group("winner") or place.group("loser") or place.group("bare")
    if verbal:
        best = not place.group("loser") and verbal.lower() not in ("worst", "laggard")
        return mine == (max if best else min)(group.values())
    rank, size, move = (place.group(n) and place.group(n).lower() for n in ("rank", "size", "move"))
    if rank:
        best = rank in ("best", "strongest", "leader")
        return mine == (max if best else min)(group.values())
    down = move in _DOWN_WORDS
    same_side = [v for v in group.values() if (v < 0) == down]
    if (mine < 0) != down or not same_side:
        return False
    smallest = size == "smallest"
    # a drop's size is its depth: the smallest drop is the highest of the falls, the biggest the lowest
    return mine == ((max if smallest else min)(same_side) if down else (min if smallest else max)(same_side))


# --- the session called an up or a down day: "today was an up day", "DIA had a down day today" ---

_DAY_WAY = leading(re.compile(
    r"\b(?:(?P<today>today)\s+(?:was|is|has\s+been|turned\s+out\s+to\s+be|proved)\s+|"
    r"(?:had|has\s+had|posted|logged|put\s+in|saw)\s+)"
    r"(?:an?|another)\s+(?:(?:small|big|modest|solid|strong|quiet|rare|clean|decent|good|bad|rough|nice)\s+)?"
    r"(?P<way>up|down|green|red)\s+(?:day|session)\b(?P<today_after>\s+today\b)?", re.IGNORECASE))
"""The session named an up or a down day ("today was an up day", "had a down day today"): the
instrument's 1-day move must go that way. Without "today" the words may be about any past day (a candle
walk's "A small down day to $621.56"), and are left alone."""


def check_day_way(sentence: str, section: str, ctx: VerifyContext) -> list[Finding]:
    """'today was an up day' of a session the instrument fell: the subject is the loaded instrument named
    last before the words in the sentence, else the article's own."""
    lowered = sentence.lower()
    if "today" not in lowered or " day" not in lowered and " session" not in lowered:
        return []
    text = unquoted(sentence)
    found = []
    for said in _DAY_WAY.finditer(text):
        if not (said.group("today") or said.group("today_after")):
            continue
        clause_start = max([0, *(m.end() for m in _CLAUSE_MARK.finditer(text, 0, said.start()))])
        end = _CLAUSE_MARK.search(text, said.end())
        if _NOT_THE_DAY.search(text, clause_start, end.start() if end else len(text)):
            continue
        named = [m for m in ctx.lexicon.mentions(text[:said.start()])
                 if any(ctx.fact(s, "change_1d_pct") is not None for s in m.symbols)]
        moved = _moved(named[-1].symbols if named else (ctx.symbol,), ctx)
        if moved is None or not moved[1]:
            continue
        up = said.group("way").lower() in ("up", "green")
        if (moved[1] > 0) != up:
            span, move = said.group(0).strip(), f"{moved[0]} {moved[1]:+.2f}%"
            found.append(finding("direction-mismatch", f"'{span}' but {move} on the session", section=section,
                                 span=span, expected=move,
                                 source="returns.change_1d_pct, related[].change_1d_pct"))
    return found
