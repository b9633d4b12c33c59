"""The analysis paragraphs of the template writer.

Every sentence is a template with `{fact}` slots filled from the FactSheet, so
no number in the prose is typed here. Rules decide which sentences apply.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..angles import VIX_ANGLE_PCT
from ..contracts import CrossKind, NewsItem, RelatedMove, RelatedRole, Snapshot
from ..facts import FactSheet, fact_tag
from ..level_notes import closing_high_name, edge_high_name
from ..stories import drawdown_milestone, drawdown_zone, own_names, vix_adds
from . import cross_market_text
from .base import Brief
from .momentum_text import momentum_sentences
from .news_paragraph import news_paragraph  # noqa: F401 - the template's analysis calls it here
from .phrases import (  # noqa: F401 - is_plural and mid_sentence are used through this module too
    backdrop_phrase,
    direction_word,
    dollar_move,
    gap_phrase,
    is_plural,
    mid_sentence,
    move_verb,
    vary,
    vary_opening,
    vix_reading,
    yield_move,
)
from .scenarios import high_distance, inside_range, range_band, range_edge_level


def widest_gap(brief: Brief) -> RelatedMove | None:
    """The peer or benchmark whose day differed most from this instrument's."""
    moves = [m for m in brief.snapshot.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    return max(moves, key=lambda m: abs(m.divergence_pp), default=None)


def name_of(brief: Brief, symbol: str) -> str:
    """A related instrument's name as it reads mid-sentence ('the Nasdaq 100')."""
    return mid_sentence(brief.related_names.get(symbol, symbol))


def has(brief: Brief) -> str:
    """'have' for plural subjects such as 'Small caps', else 'has'."""
    return "have" if is_plural(brief.short_name) else "has"


def day_paragraph(brief: Brief, sheet: FactSheet, opener: str | None = None, told: str = "") -> str:
    """The session's numbers, after `opener` (the top angle's first sentence, already filled), with
    the run of closes the day extends when it is news (streak_sentence) and the header (`told`: the
    headline and dek) has not said it."""
    s = brief.snapshot
    key = f"{s.symbol}{s.session}"
    verb = move_verb(s.returns.change_1d_pct, key)
    who = f"{brief.short_name} ({s.symbol})"
    inner = f"{mid_sentence(brief.short_name)} ({s.symbol})"
    change, moved = day_change_words(s.returns.change_1d_pct)
    if opener and (_first_word(opener) == _first_word(who)
                   or own_names(s.symbol, brief.short_name).search(opener)):
        # after a lead on 'Small caps': 'The iShares Russell 2000 ETF (IWM) edged up'; after one that
        # names the instrument ('The firm CPI dragged the Dow down'), the fund too, not the Dow again
        who = _fund_name(s)
        inner = mid_sentence(who)
    lead = vary([f"{who} {verb} {{price}} at the close on {{session:weekday}}, {change} on the session.",
                 f"On {{session:weekday}}, {inner} {verb} {{price}} at the close, {change} on the day.",
                 f"At the close on {{session:weekday}}, {inner} {verb} {{price}}, {change} on the session.",
                 f"{who} {verb} {{price}} at the close on {{session:weekday}}, {moved} on the day."],
                brief, "day-lead")
    sentences = [lead]
    streak = None if _STREAK_WORDS.search(f"{told} {opener or ''}") else streak_sentence(brief)
    if streak is not None:
        sentences.append(streak)
    peer = widest_gap(brief)
    if peer is not None:
        sentences.append(_gap_sentence(brief, peer, opener or ""))  # its 'It' is the lead's instrument
    since = None if _MOVE_SINCE_WORDS.search(f"{told} {opener or ''}") else move_since_sentence(brief, sheet)
    if since is not None:
        sentences.append(since)
    index = next(iter(s.related_by_role(RelatedRole.INDEX)), None)
    if index is not None and brief.index_name:
        tag = fact_tag(index.symbol)
        moved = change_words(index.change_1d_pct, f"{tag}_change_1d_pct")
        name = f"{brief.index_name} ({index.symbol})"
        sentences.append(vary([
            f"On its own scale the underlying {name} closed at {{{tag}_close}}, {moved}.",
            f"The {name} itself ended at {{{tag}_close}}, {moved}.",
            f"Measured in index points, the {name} finished at {{{tag}_close}}, {moved}.",
            f"The underlying {name} settled at {{{tag}_close}}, {moved}."],
            brief, "day-index"))
    if sheet.has("volume_ratio"):
        sentences.append(_volume_sentence(brief, sheet))
    return " ".join([*([opener] if opener else []), sheet.fill(" ".join(sentences))])


def change_words(change_pct: float, slot: str = "change_1d_pct") -> str:
    """A day's change as prose says it, in words rather than a sign (the tables keep '+0.60%'):
    'up 0.60%', 'down 2.58%'; a flat day by the side its figure falls on ('up 0.03%', not 'flat
    0.03%'), 'unchanged' when it prints 0.00%."""
    if round(abs(change_pct), 2) == 0:
        return "unchanged"
    return f"{'up' if change_pct > 0 else 'down'} {{{slot}:abs}}"


def day_change_words(change_pct: float) -> tuple[str, str]:
    """The session's change for the day paragraph's lead: (`change_words`, the same as a noun: 'a
    gain of 0.60%', 'a loss of 2.58%', 'no change'). Before edzones4 demo DIA 2026-11-20 read 'a move
    of +0.60% on the day'."""
    words = change_words(change_pct)
    if words == "unchanged":
        return words, "no change"
    return words, f"a {'gain' if change_pct > 0 else 'loss'} of {{change_1d_pct:abs}}"


STREAK_SESSIONS = 5
"""A run of closes one way this long is news by the bars alone (the streak angle ranks from 4, but a
run that only ranks below the day's event was never told: real DIA 2024-12-18, a tenth lower close
in a row on Fed day)."""
STREAK_NAMED_SESSIONS = 3
"""A shorter run is told when a story of the article names the instrument's streak."""
_STREAK_WORDS = re.compile(r"\bin a row\b|\bstraight (?:days?|sessions?|gains?|loss(?:es)?|declines?|"
                           r"advances?|closes?)\b|\b(?:winning|losing) streak\b|\bconsecutive (?:days?|"
                           r"sessions?)\b|\b\d+(?:st|nd|rd|th) (?:straight |consecutive )?(?:day|session)\b",
                           re.IGNORECASE)


def streak_sentence(brief: Brief) -> str | None:
    """The run of closes one way the day extends, counted from the bars (tape.streak_sessions and
    the run's change, which the verifier checks): when it is STREAK_SESSIONS long, or
    STREAK_NAMED_SESSIONS and a story names the instrument's streak (a sentence naming it with streak
    words: 'Dow falls for 10th day'). None otherwise."""
    t = brief.snapshot.tape
    if t is None or t.streak_direction == "flat" or t.streak_sessions < STREAK_NAMED_SESSIONS:
        return None
    if t.streak_sessions < STREAK_SESSIONS and not _source_names_streak(brief):
        return None
    down = t.streak_direction == "down"
    way, run = ("lower", "a slide") if down else ("higher", "a climb")
    has = "have" if is_plural(brief.short_name) else "has"
    return vary([f"That makes {{close_streak_sessions}} {way} closes in a row, {run} of "
                 "{close_streak_change_pct:abs} over the run.",
                 f"{brief.short_name} {has} now closed {way} {{close_streak_sessions}} sessions running, "
                 f"{run} of {{close_streak_change_pct:abs}} in all.",
                 f"The streak of {way} closes reached {{close_streak_sessions}} sessions, {run} of "
                 "{close_streak_change_pct:abs} over the run.",
                 f"{brief.short_name} {has} closed {way} for {{close_streak_sessions}} sessions in a row, "
                 f"{run} of {{close_streak_change_pct:abs}} in all."], brief, "day-streak")


_MOVE_SINCE_WORDS = re.compile(r"\b(?:worst|best|biggest|largest)\b[^.;]{0,40}\bsince\b", re.IGNORECASE)


def move_since_sentence(brief: Brief, sheet: FactSheet) -> str | None:
    """'Friday was the worst day for the Nasdaq 100 since Apr 10': on a big day (BIG_DAY_ATR) whose move no
    move the same way matched for facts.MOVE_SINCE_SESSIONS sessions or more (the sheet's
    move_since_date, from the bars); None on any other day, so a routine move is not dressed up."""
    if not sheet.has("move_since_date") or not _big_day(brief):
        return None
    up = brief.snapshot.returns.change_1d_pct > 0
    best, move = ("best", "gain") if up else ("worst", "drop")
    name, its = mid_sentence(brief.short_name), "their" if is_plural(brief.short_name) else "its"
    return vary([f"{{session:weekday}} was the {best} day for {name} since {{move_since_date}}.",
                 f"{brief.short_name} logged {its} biggest one-day {move} since {{move_since_date}}.",
                 f"For {name}, it was the {best} session since {{move_since_date}}.",
                 f"{brief.short_name} had {its} largest one-day {'gain' if up else 'loss'} since "
                 "{move_since_date}."], brief, "day-move-since")


def _source_names_streak(brief: Brief) -> bool:
    """A story of the article names this instrument's run of closes (source_names_streak)."""
    return source_names_streak(brief.news, own_names(brief.snapshot.symbol, brief.short_name))


def source_names_streak(items: Sequence[NewsItem], own: re.Pattern[str]) -> bool:
    """One of the stories' sentences (or titles) names the instrument (`own`: stories.own_names) and
    carries streak words (_STREAK_WORDS): 'Dow falls for 10th day'."""
    texts = [line for item in items for line in (item.title, *re.split(r"(?<=[.!?])\s+", item.text))]
    return any(own.search(line) and _STREAK_WORDS.search(line) for line in texts)


def _fund_name(snapshot: Snapshot) -> str:
    """The fund by its full name and symbol, at a sentence's start: the day sentence's subject when
    the lead already opened on the short name (two sentences in a row on 'Small caps')."""
    name = snapshot.name if snapshot.name.startswith("The ") else f"The {snapshot.name}"
    return f"{name} ({snapshot.symbol})"


def _first_word(text: str) -> str:
    """The word a sentence opens on, articles aside, in lower case: what two sentences in a row
    should not share."""
    words = [w.lower().strip(",:;") for w in text.split()[:2]]
    return words[1] if len(words) > 1 and words[0] in ("the", "a", "an") else words[0] if words else ""


_COMPARED = re.compile(r"\b(?:lag\w*|trail\w*|outr[au]n\w*|outpac\w*|outperform\w*|underperform\w*|"
                      r"least|best|harder|behind|ahead)\b", re.IGNORECASE)
"""An opener that already tells how the instrument stood against the market ('Small caps lagged as a
bond rally lifted the big indexes')."""


def _gap_sentence(brief: Brief, peer: RelatedMove, opener: str = "") -> str:
    """The widest gap to a peer, in figures. After an opener that told the comparison in its own verb
    (_COMPARED), a frame without a comparison verb: 'lagged' then 'It trailed the Nasdaq 100' tells
    one idea in two verbs."""
    tag = fact_tag(peer.symbol)
    peer_name = f"{name_of(brief, peer.symbol)} ({peer.symbol})"
    moved = change_words(peer.change_1d_pct, f"{tag}_change_1d_pct")
    if abs(peer.divergence_pp) < 0.25:
        return vary([f"It moved broadly in step with {peer_name}, which finished {moved}.",
                     f"{peer_name[:1].upper() + peer_name[1:]} kept pace, {moved}.",
                     f"There was little daylight to {peer_name}, {moved}.",
                     f"The move matched {peer_name}, {moved}, almost exactly."],
                    brief, "day-peer")
    if brief.snapshot.returns.change_1d_pct < 0:
        who = "fell harder than" if peer.divergence_pp < 0 else "held up better than"
    else:
        who = "trailed" if peer.divergence_pp < 0 else "outran"
    gap = gap_phrase(peer.divergence_pp)
    # one frame names the gap's size: a size word in two frames reads as a stock tail across the day
    side = "ahead of" if peer.divergence_pp > 0 else "behind"
    # "That" is the day's move, never the instrument ('That outran small caps' reads the move as a fund)
    same = same_way_words(brief.snapshot.returns.change_1d_pct, peer.change_1d_pct)
    left = f"It {same[0]} {{divergence_vs_{tag}_pp:abs}} {same[1]} than {peer_name}, {moved}." if same \
        else f"That left it {{divergence_vs_{tag}_pp:abs}} {side} {peer_name}, {moved}."
    frames = [left,
                 f"Against {peer_name}, {moved}, the difference came to "
                 f"{{divergence_vs_{tag}_pp:abs}}, {gap}.",
                 f"It {who} {peer_name} by {{divergence_vs_{tag}_pp:abs}}; the peer finished {moved}.",
                 f"{peer_name[:1].upper() + peer_name[1:]} finished {moved}, "
                 f"{{divergence_vs_{tag}_pp:abs}} {'behind' if peer.divergence_pp > 0 else 'ahead'}: the "
                 "widest gap to any peer."]
    if _COMPARED.search(opener):
        frames = [f if who not in f else f"Measured against {peer_name}, {moved}, "
                  f"the gap was {{divergence_vs_{tag}_pp:abs}}." for f in frames]  # each slot keeps its place
    return vary(frames, brief, "day-peer")


def same_way_words(own: float, other: float) -> tuple[str, str] | None:
    """When both moves went one way, the verb and the size word that say the gap between them ('fell',
    'less'): 'ahead of small caps' for a fall 1.67 pp smaller than theirs read as a lead on a day both
    lost (news day 2024-08-02); None when they went opposite ways (or one stood still)."""
    if own < 0 and other < 0:
        return "fell", "less" if own > other else "more"
    if own > 0 and other > 0:
        return "rose", "more" if own > other else "less"
    return None


def _volume_sentence(brief: Brief, sheet: FactSheet) -> str:
    ratio = sheet.value("volume_ratio")
    if ratio >= 1.3:
        bank = ["Turnover ran hot at {volume} shares, {volume_ratio} times the 20-day average.",
                "Volume swelled to {volume} shares, {volume_ratio} times its 20-day average.",
                "Trade was heavy: {volume} shares, {volume_ratio} times the 20-day average.",
                "In all, {volume} shares changed hands, {volume_ratio} times the 20-day average."]
    elif ratio <= 0.7:
        bank = ["Volume was thin at {volume} shares, {volume_ratio} times the 20-day average.",
                "Few shares traded: {volume}, {volume_ratio} times the 20-day average.",
                "Participation was light at {volume} shares, {volume_ratio} times the 20-day average.",
                "Only {volume} shares traded, {volume_ratio} times the 20-day average."]
    else:
        bank = ["Volume of {volume} shares was close to the 20-day norm of {avg_volume_20}.",
                "Activity was ordinary: {volume} shares against a 20-day average of {avg_volume_20}.",
                "Turnover of {volume} shares sat near its 20-day average of {avg_volume_20}.",
                "In all, {volume} shares traded, in line with the 20-day average of {avg_volume_20}."]
    return vary(bank, brief, "day-volume")


RELATIVE_STREAK_SESSIONS = 3
"""A relative streak this long or longer is worth a sentence; shorter ones are noise."""
RELATIVE_MONTH_PP = 1.0
"""A one-month gap to the benchmark this wide (pp) or wider is worth a sentence (0.06 pp is not)."""


def relative_paragraph(brief: Brief, sheet: FactSheet) -> str | None:
    """The relative race against the benchmark, only where it means something: a streak of 3+
    sessions, a one-month gap of RELATIVE_MONTH_PP or more; None when neither."""
    rel = brief.snapshot.relative
    if rel is None:
        return None
    bench = f"{name_of(brief, rel.benchmark)} ({rel.benchmark})"
    tag = fact_tag(rel.benchmark)
    name = brief.short_name
    parts = []
    if rel.streak_sessions >= RELATIVE_STREAK_SESSIONS and rel.streak_direction != "even":
        # a run of 3+ sessions means something; one or two sessions apart is noise, left out
        verb = "beaten" if rel.streak_direction == "outperform" else "lagged"
        parts.append(vary([
            f"{name} {has(brief)} now {verb} {bench} for {{streak_sessions}} sessions in a row, by an "
            "average of {streak_avg_margin_bp:abs} a day.",
            f"{name} {has(brief)} {verb} {bench} for {{streak_sessions}} sessions in a row; the average "
            "margin is {streak_avg_margin_bp:abs} a day.",
            f"{name} {has(brief)} {verb} {bench} for {{streak_sessions}} sessions in "
            "a row, averaging {streak_avg_margin_bp:abs} a day.",
            f"{name} {has(brief)} {verb} {bench} for {{streak_sessions}} sessions in a row now, by "
            "{streak_avg_margin_bp:abs} a day on average."],
            brief, "rel-streak"))
    if rel.spread_1m_pp is not None and abs(rel.spread_1m_pp) >= RELATIVE_MONTH_PP and \
            sheet.has(f"spread_vs_{tag}_1m_pp"):
        month = _month_after_big_day(brief, sheet) if _big_day(brief) else _month_sentence(brief)
        parts += [month] if month else []
    return sheet.fill(" ".join(parts)) if parts else None


def month_echoes(brief: Brief) -> bool:
    """The month's change is, at the article's two decimals, the size of another figure the
    article prints next to it: the day's change, or the distance to the closing high (the record
    paragraph opens on it after the month's sentence). Printed side by side, '-0.97%' for the month
    and '0.97% away' from the record read as one figure said twice; the month is then told by its
    way alone ('down on the month')."""
    s = brief.snapshot
    month = s.returns.change_1m_pct
    if month is None:
        return False
    high = s.extremes.high_52w
    above = (high / s.close - 1) * 100 if s.close else None  # the levels table's measure (high_distance)
    others = [s.returns.change_1d_pct, s.extremes.pct_from_52w_high, above]
    return any(round(abs(month), 2) == round(abs(v), 2) for v in others if v is not None)


def spread_echoes(brief: Brief) -> bool:
    """The one-month gap to the benchmark is, at two decimals, the size of a figure the day paragraph
    prints before it: the day's change, the session's margin to the benchmark or a peer's gap or
    change, or the month's own change. Real QQQ 2024-12-18 read 'a move of -3.61% on the day' and,
    four sentences on, 'a one-month lead of 3.61 pp': one number for two facts, read as an echo. The
    month's gap is then told without its figure ('cuts into the one-month lead')."""
    s = brief.snapshot
    rel = s.relative
    if rel is None or rel.spread_1m_pp is None:
        return False
    printed = [s.returns.change_1d_pct, rel.spread_1d_pp, s.returns.change_1m_pct,
               *(m.divergence_pp for m in s.related), *(m.change_1d_pct for m in s.related)]
    return any(round(abs(rel.spread_1m_pp), 2) == round(abs(v), 2) for v in printed if v is not None)


def _month_sentence(brief: Brief) -> str:
    """The month's race as a reader says it: the month's move first, then where that leaves the
    instrument against the benchmark ('Over the past month the S&P 500 is down 0.97%, 1.23 pp
    behind QQQ'), not a change of -0.97% that 'puts' it somewhere. When the month's figure is not
    printed (`month_echoes`), the gap gets a clause of its own: 'The S&P 500 is down on the month and sits
    1.23 pp behind QQQ over that span' (before edpolish, '..., 1.23 pp behind QQQ', which left the reader
    to ask which of the two was down)."""
    rel = brief.snapshot.relative
    assert rel is not None and rel.spread_1m_pp is not None
    ahead = "ahead of" if rel.spread_1m_pp > 0 else "behind"
    # the name, not "it": the sentence may join the day paragraph (template.fold_lone_sentences)
    name, slot = brief.short_name, f"{{spread_vs_{fact_tag(rel.benchmark)}_1m_pp:abs}} "
    slot = "" if spread_echoes(brief) else slot
    it, be = mid_sentence(name), "are" if is_plural(name) else "is"
    way = direction_word(brief.snapshot.returns.change_1m_pct or 0.0)
    moved = "flat" if way == "flat" else f"{way} {{change_1m_pct:abs}}"
    gain = {"up": "gain", "down": "loss"}.get(way)
    echo = month_echoes(brief)
    if echo and way != "flat":
        moved = f"{way} on the month"
    own = brief.snapshot.returns.change_1m_pct or 0.0
    same = same_way_words(own, own - rel.spread_1m_pp)
    if same is not None and gain and not echo:  # both one way: the gap is the size of the loss (gain)
        return vary(_same_way_month(name, gain, slot, rel.benchmark, same, moved), brief, "rel-month")
    frames = [f"Over the past month {it} {be} {moved}, {slot}{ahead} {rel.benchmark}.",
              f"For the month, {it} {be} {moved} and {slot}{ahead} {rel.benchmark}."]
    if echo and way != "flat":  # the move by its way alone: the gap told in a clause of its own
        sits = "sit" if is_plural(name) else "sits"
        frames = [f"{name} {be} {moved} and {sits} {slot}{ahead} {rel.benchmark} over that span."]
    elif gain:
        frames += [f"A one-month {gain} of {{change_1m_pct:abs}} leaves {it} {slot}{ahead} {rel.benchmark}.",
                   f"On the month {it} {be} {moved}: {slot}{ahead} {rel.benchmark}."]
    return vary(frames, brief, "rel-month")


def _same_way_month(name: str, gain: str, slot: str, benchmark: str, same: tuple[str, str],
                    moved: str) -> list[str]:
    """The month's race when the instrument and the benchmark went the same way: the size of the loss
    (or gain) against the benchmark's ('For the month, the S&P 500 is down 3.37%, a loss 5.25 pp smaller
    than QQQ's'), not '5.25 pp ahead of QQQ' on a month both fell."""
    size = {"less": "smaller", "more": "bigger"}[same[1]]
    it, be = mid_sentence(name), "are" if is_plural(name) else "is"
    return [f"Over the past month {it} {be} {moved}, a {gain} {slot}{size} than {benchmark}'s.",
            f"For the month, {it} {be} {moved}, a {gain} {slot}{size} than {benchmark}'s.",
            f"A one-month {gain} of {{change_1m_pct:abs}} is {slot}{size} than {benchmark}'s.",
            f"On the month {it} {be} {moved}: a {gain} {slot}{size} than {benchmark}'s."]


BIG_DAY_ATR = 1.5
"""On a move this many ATRs or more the month's race is told through the session's margin."""
NOISE_PP = 0.25
"""A margin to the benchmark under this is no relative story on a big day (the day paragraph's
'broadly in step')."""


def _big_day(brief: Brief) -> bool:
    tape = brief.snapshot.tape
    return tape is not None and tape.move_atr is not None and abs(tape.move_atr) >= BIG_DAY_ATR


def _month_after_big_day(brief: Brief, sheet: FactSheet) -> str | None:
    """The one-month gap led by what the session did against the benchmark ('The session's 1.67 pp
    edge over SPY adds to a one-month lead of 3.58 pp'); None when the session's margin is noise:
    on a big day the month's race alone adds nothing the day has not said."""
    rel = brief.snapshot.relative
    assert rel is not None and rel.spread_1m_pp is not None
    tag = fact_tag(rel.benchmark)
    if abs(rel.spread_1d_pp) < NOISE_PP or not sheet.has(f"spread_vs_{tag}_1d_pp"):
        return None
    peer = widest_gap(brief)
    margin = "edge over" if rel.spread_1d_pp > 0 else "shortfall against"
    day = f"the session's {{spread_vs_{tag}_1d_pp:abs}} {margin} {rel.benchmark}"
    if peer is not None and peer.symbol == rel.benchmark:  # the day paragraph quoted that gap
        day = f"the day's gap to {rel.benchmark}"  # not 'that gap': a sentence may stand between
    month = f"a one-month {'lead' if rel.spread_1m_pp > 0 else 'lag'} of {{spread_vs_{tag}_1m_pp:abs}}"
    if spread_echoes(brief):
        month = f"the one-month {'lead' if rel.spread_1m_pp > 0 else 'lag'}"  # no 'its': the line may fold
    way = direction_word(brief.snapshot.returns.change_1m_pct or 0.0)
    moved = "flat" if way == "flat" else way if month_echoes(brief) else f"{way} {{change_1m_pct:abs}}"
    name, cap = mid_sentence(brief.short_name), day[:1].upper() + day[1:]
    if (rel.spread_1d_pp > 0) == (rel.spread_1m_pp > 0):
        bank = [f"{cap} adds to {month}.", f"{cap} widens {month}.",
                f"{cap} extends {month}, with {name} {moved} over the month.",
                f"Over the month the story is the same: {day} is part of {month}."]
    else:
        bank = [f"{cap} runs against {month}.", f"{cap} cuts into {month}.",
                f"{cap} goes against the month's grain: {month}, with {name} {moved} over the month.",
                f"The month tells the opposite story: {month}, despite {day}."]
        if spread_echoes(brief):  # a bare 'the one-month lag' is no story after a colon (news day
            bank = bank[:2]  # 2024-12-18 SPY: '... goes against the month's grain: the one-month lag, ...')
    return vary(bank, brief, "rel-month-big")


def _break_sentence(brief: Brief, broke: str) -> str:
    return vary([
        f"The close broke {broke} the range of {{prior_range_lower}} to {{prior_range_upper}} that "
        "had held for {prior_range_sessions} sessions.",
        f"The {{prior_range_sessions}}-session range of {{prior_range_lower}} to {{prior_range_upper}} "
        f"is over: the close landed {broke} it.",
        f"Price left the {{prior_range_sessions}}-session range of {{prior_range_lower}} to "
        f"{{prior_range_upper}} behind, closing {broke} it.",
        f"For {{prior_range_sessions}} sessions the closes had stayed between {{prior_range_lower}} and "
        f"{{prior_range_upper}}; this one ended {broke} that band."], brief, "range-break")


def structure_paragraph(brief: Brief, sheet: FactSheet, break_told: bool = False,
                        record_told: bool = False, record_first: bool = False) -> str:
    """Range, averages and the record. `break_told`: the headline, dek and lead already tell the
    range break (it is the top angle), so it is not told a third time here. `record_told`: the lead
    already said the close is a record, so this paragraph measures the run from the 52-week low
    instead of saying it again. `record_first`: the close is at or near its record
    (analysis_order.technical_lead), so the record opens the paragraph."""
    s = brief.snapshot
    parts: list[str] = []
    broke = s.tape.range_break if s.tape is not None and s.tape.prior_range is not None else None
    told = record_told and s.has_full_year and s.extremes.new_all_time_high
    top_high = None if broke is not None or told else _top_at_high(brief, sheet)
    record_first = record_first or top_high is not None
    extreme = "" if told else _extreme_sentence(brief)
    opener = extreme if record_first else ""  # the band's sentence follows it: not on its first word

    if broke is not None:
        # the range that held until yesterday is over: say so, unless the lead already did
        if not break_told and sheet.has("prior_range_lower", "prior_range_upper", "prior_range_sessions"):
            parts.append(_break_sentence(brief, broke))
    elif s.range is not None and s.range.is_tight and "–" in range_band(brief, "{range_lower}{range_upper}"):
        parts.append(_band(brief, vary_opening(_ZONED_RANGE, brief, "range", opener), top_high))
    elif s.range is not None and s.range.is_tight:
        parts.append(_band(brief, vary_opening([
            "Closes have spent {range_sessions} sessions boxed between {range_lower} and {range_upper}, "
            "a band only {range_width_pct} wide.",
            "For {range_sessions} sessions the closes have stayed between {range_lower} and {range_upper}, "
            "a {range_width_pct} band.",
            "Closes have held between {range_lower} and {range_upper} for {range_sessions} sessions, "
            "a range {range_width_pct} wide.",
            "Closes have held a {range_width_pct} band from {range_lower} to {range_upper} for "
            "{range_sessions} sessions."], brief, "range", opener), top_high))
    parts.extend(_average_sentences(brief, sheet))
    if extreme:
        parts.insert(0 if record_first else len(parts), extreme)
    elif sheet.has("low_52w", "pct_from_52w_low", "low_52w_date"):
        parts.append(vary(["From its 52-week closing low of {low_52w} on {low_52w_date}, the close has "
                           "come {pct_from_52w_low:abs}.",
                           "The run since the 52-week closing low ({low_52w}, {low_52w_date}) now "
                           "measures {pct_from_52w_low:abs}.",
                           "The close stands {pct_from_52w_low:abs} above the 52-week closing low of "
                           "{low_52w}, set on {low_52w_date}.",
                           "Measured from the 52-week closing low, {low_52w} on {low_52w_date}, the "
                           "close is up {pct_from_52w_low:abs}."], brief, "extreme"))
    return sheet.fill(" ".join(parts))


def _band(brief: Brief, text: str, top_high: tuple[str, bool] | None) -> str:
    """The band of closes (scenarios.range_band), its top tied to the closing high it stands at when
    the paragraph told that high before it (`top_high`, _top_at_high): named by it ('its top at the
    record close'), or, for a top quoted as a zone round it, the zone said to hold it."""
    if top_high is None:
        return range_band(brief, text)
    name, zoned = top_high
    if not zoned:
        return range_band(brief, text.replace("{range_upper}", f"the {name}"))
    marked = range_band(brief, text.replace("{range_upper}", "{range_upper}\0"))  # after the zone's words
    return marked.replace("\0", f" (home to the {name})")


def _top_at_high(brief: Brief, sheet: FactSheet) -> tuple[str, bool] | None:
    """The closing high ('record close', '52-week closing high') a holding range's top stands at,
    and whether the levels table quotes that top as a zone round it: the high's sentence then opens
    the paragraph and the band ties its top to it, one level told as one (demo QQQ 2026-11-20 read
    'Its record close of $629.76 ... is within reach' and then 'a band ... with its top at $629.76',
    never saying the two were one; real SPY 2026-02-06 read its record close of $695.49 and a top
    at $695.49-$697.84 the same way)."""
    level = range_edge_level(brief, True) if inside_range(brief) else None
    rng = brief.snapshot.range
    if level is None or rng is None:
        return None
    if level.zone_low is None or level.zone_high is None:
        name = edge_high_name(level, sheet)
        return (name, False) if name else None
    name = closing_high_name(rng.upper, sheet) if level.zone_low <= rng.upper <= level.zone_high else None
    return (name, True) if name else None


_ZONED_RANGE = [
    "Closes have spent {range_sessions} sessions inside a band {range_width_pct} wide, with the range "
    "bottom at {range_lower} and the range top at {range_upper}.",
    "For {range_sessions} sessions the closes have stayed inside the range, {range_width_pct} wide: "
    "its floor at {range_lower}, its ceiling at {range_upper}.",
    "The range has held the closes for {range_sessions} sessions, a band {range_width_pct} wide with "
    "its top at {range_upper} and its bottom at {range_lower}.",
    "Closes have held a {range_width_pct} band for {range_sessions} sessions; the range top sits at "
    "{range_upper}, the range bottom at {range_lower}."]
"""The band of closes when the levels table quotes an edge as a zone (the closing bound merged with
the swings round it): each edge named as the table names it (scenarios.range_band), not by its
closing bound beside the zone."""


def _extreme_sentence(brief: Brief) -> str:
    """The close against its record or 52-week closing high (intraday high named apart), or against
    the high of a shorter history held."""
    s = brief.snapshot
    if s.has_full_year:
        if s.extremes.new_all_time_high:
            return vary(["The close of {price} is a record close, above every earlier close in the data.",
                         "No earlier close in the data is higher: {price} is a record close.",
                         "At {price}, this is a record close, the highest close in the data.",
                         "That {price} is a record close."], brief, "extreme")
        if s.extremes.new_52w_high:
            return vary(["The close of {price} is a new 52-week closing high.",
                         "At {price}, this is the highest close in 52 weeks.",
                         "No close in 52 weeks was higher than {price}.",
                         "The close of {price} tops every close of the past 52 weeks."], brief, "extreme")
        record = s.extremes.high_52w == s.extremes.all_time_high
        high = "record close" if record else "52-week closing high"
        return vary(_high_frames(brief, high), brief, "extreme")
    if s.extremes.new_52w_high:
        return "The close of {price} is the highest in the {window_sessions} sessions of history held."
    pct, from_close = high_distance(brief, "high_window")
    if from_close:
        return ("Its {window_sessions}-session high of {high_window} (the highest close in the history "
                f"held), set on {{high_window_date}}, is {pct} above the close.")
    return (f"It trades {pct} below its {{window_sessions}}-session high of {{high_window}} "
            "(the highest close in the history held), set on {high_window_date}.")


NEAR_HIGH_ATR = 2.0
"""A closing high at most this many average true ranges above the close is within reach."""


def near_high(brief: Brief) -> bool:
    """The close is a new record or 52-week closing high, or within NEAR_HIGH_ATR ATRs of it."""
    return record_within(brief, NEAR_HIGH_ATR)


def record_within(brief: Brief, atrs: float) -> bool:
    """The close is a new record or 52-week closing high, or that high is at most `atrs` average
    true ranges above the close (False without a full year of bars)."""
    s = brief.snapshot
    if not s.has_full_year:
        return False
    return s.extremes.new_52w_high or s.extremes.new_all_time_high or _high_within(brief, atrs)


def _high_within(brief: Brief, atrs: float) -> bool:
    """The closing high is at most `atrs` average true ranges above the close."""
    s = brief.snapshot
    atr = s.volatility.atr_pct
    return bool(atr and abs(s.extremes.pct_from_52w_high) <= atrs * atr)


def _high_frames(brief: Brief, high: str) -> list[str]:
    """The distance to the record (or 52-week) closing high, read by its size in ATRs: within reach
    (NEAR_HIGH_ATR or less), or too far to shape the next sessions; the plain distance without ATR.
    The figure is the levels table's when a row sits at the high (scenarios.high_distance) and the
    words say what it measures: the high so far above the close, or the close so far below the
    high. A frame on the instrument names it: the sentence before is the averages' ('the averages
    are in the golden-cross state'), so an 'It' there would point at them."""
    pct, from_close = high_distance(brief, "high_52w")
    frames = _high_frames_above if from_close else _high_frames_below
    zone = drawdown_zone(brief.snapshot) if high == "record close" else None
    if zone is not None:
        clauses = _DRAWDOWN_CLAUSES[(zone, drawdown_milestone(brief.snapshot) is not None)]
        return _drawdown_frames(brief, pct, from_close, vary(clauses, brief, "drawdown"))
    if _high_within(brief, NEAR_HIGH_ATR):
        return frames(brief, high, pct)[0]
    return frames(brief, high, pct)[1 if brief.snapshot.volatility.atr_pct else 2]


def _drawdown_frames(brief: Brief, pct: str, from_close: bool, clause: str) -> list[str]:
    """The distance to the record close when the close is in a correction or a bear market
    (stories.drawdown_zone): the distance, then what it amounts to (`clause`), where 'too far to shape
    the next few sessions' missed the story (news day 2024-08-02: the Nasdaq 100 closed 10.78% under
    its record close, in a correction)."""
    name = brief.short_name
    its = "the" if is_plural(name) else "its"
    sits, stands = ("sit", "stand") if is_plural(name) else ("sits", "stands")
    if from_close:
        return [f"The record close of {{high_52w}} ({{high_52w_date}}) is {pct} above the close, {clause}.",
                f"{name} {sits} under {its} record close of {{high_52w}}, from {{high_52w_date}}, which is "
                f"{pct} above the close: {clause}.",
                f"Measured from the close, {its} record close ({{high_52w}}, {{high_52w_date}}) lies {pct} "
                f"higher, {clause}.",
                f"The record close, {{high_52w}} on {{high_52w_date}}, is {pct} above the close: {clause}."]
    return [f"{name} {sits} {pct} below {its} record close of {{high_52w}}, from {{high_52w_date}}: "
            f"{clause}.",
            f"The close is {pct} under the record close of {{high_52w}} ({{high_52w_date}}), {clause}.",
            f"From {its} record close, {{high_52w}} on {{high_52w_date}}, {mid_sentence(name)} {stands} "
            f"{pct} lower, {clause}.",
            f"Against the record close of {{high_52w}} from {{high_52w_date}}, the close is {pct} lower: "
            f"{clause}."]


_DRAWDOWN_CLAUSES = {
    ("correction", False): ("deep enough to count as a correction", "correction territory",
                            "a correction by the usual yardstick", "still a correction"),
    ("correction", True): ("a correction as of this close", "enough for a correction with this close",
                           "a correction reached on this close", "a correction from this close on"),
    ("bear", False): ("bear-market territory", "deep in a bear market",
                      "a bear market by the usual yardstick", "still a bear market"),
    ("bear", True): ("a bear market as of this close", "enough for a bear market with this close",
                     "a bear market reached on this close", "a bear market from this close on"),
}
"""What a drawdown under the record close amounts to, by its zone and whether this close crossed into
it (or, for a correction on a close that left a bear market, came back to it), four ways."""


def _high_frames_above(brief: Brief, high: str, pct: str) -> tuple[list[str], list[str], list[str]]:
    """Within reach, out of reach and plain frames for a distance measured from the close."""
    its = "the" if is_plural(brief.short_name) else "its"
    name = mid_sentence(brief.short_name)  # after 'For': 'For the Dow', 'For small caps'
    return ([f"The {high} of {{high_52w}}, set on {{high_52w_date}}, is only {pct} above the close.",
             f"For {name}, {its} {high} of {{high_52w}}, which dates from {{high_52w_date}}, "
             f"sits {pct} above the close.",
             f"Its {high} of {{high_52w}} ({{high_52w_date}}) is within reach, {pct} above the close.",
             f"Its {high}, {{high_52w}} on {{high_52w_date}}, is {pct} above the close and within reach "
             "of an ordinary run of sessions."],
            [f"Its {high} of {{high_52w}}, from {{high_52w_date}}, stands {pct} above the close, out of "
             "reach for now.",
             f"For {name}, {its} {high} of {{high_52w}}, which dates from {{high_52w_date}}, "
             f"lies {pct} above the close.",
             f"The {high} of {{high_52w}} ({{high_52w_date}}) is {pct} above the close, too far to shape "
             "the next few sessions.",
             f"The {high} of {{high_52w}}, set on {{high_52w_date}}, is {pct} above the close, measured by "
             "closes rather than intraday highs."],
            [f"The {high} of {{high_52w}}, set on {{high_52w_date}}, is {pct} above the close.",
             f"Its {high} of {{high_52w}}, which dates from {{high_52w_date}}, lies {pct} above the close."])


def _high_frames_below(brief: Brief, high: str, pct: str) -> tuple[list[str], list[str], list[str]]:
    """Within reach, out of reach and plain frames for a distance measured from the high."""
    name = brief.short_name
    plural = is_plural(name)
    its = "the" if plural else "its"
    remains, trades, sits = ("remain", "trade", "sit") if plural else ("remains", "trades", "sits")
    return ([f"The close is only {pct} below the {high} of {{high_52w}}, set on {{high_52w_date}}.",
             f"{name} closed {pct} short of {its} {high} of {{high_52w}}, which dates from "
             "{high_52w_date}.",
             f"{name} {sits} {pct} under {its} {high} of {{high_52w}} ({{high_52w_date}}), within reach.",
             f"{name} closed {pct} below {its} {high}, {{high_52w}} on {{high_52w_date}}, within reach of "
             "an ordinary run of sessions."],
            [f"{name} {sits} {pct} below {its} {high} of {{high_52w}}, from {{high_52w_date}}, out of "
             "reach for now.",
             f"{name} {remains} {pct} below {its} {high} of {{high_52w}}, which dates from "
             "{high_52w_date}.",
             f"The close is {pct} under the {high} of {{high_52w}} ({{high_52w_date}}), too far to shape "
             "the next few sessions.",
             f"{name} {trades} {pct} below {its} {high} of {{high_52w}}, set on {{high_52w_date}}, "
             "measured by closes rather than intraday highs."],
            [f"{name} {sits} {pct} below {its} {high} of {{high_52w}}, set on {{high_52w_date}}.",
             f"{name} {remains} {pct} below {its} {high} of {{high_52w}}, which dates from "
             "{high_52w_date}."])


def _average_sentences(brief: Brief, sheet: FactSheet) -> list[str]:
    s = brief.snapshot
    out = []
    if sheet.has("sma_50", "pct_vs_sma_50"):
        out.append(_averages_sentence(brief, sheet))
    elif sheet.has("sma_200", "pct_vs_sma_200"):
        out.append(f"The close is {_where_200(brief, sheet)}.")
    cross = s.trend.cross
    if cross is not None:
        name = "golden-cross" if cross.state == CrossKind.GOLDEN else "death-cross"
        rel = "above" if cross.state == CrossKind.GOLDEN else "below"
        since = " since {cross_since}" if sheet.has("cross_since") else ""
        held = f", in place{since}" if since else ""
        # no two frames share a run of words (a masked date makes 'the 50-day above the 200-day since
        # D' one clause in every article of the session: bench/editorial.py same_day_shared_runs)
        out.append(vary([f"The averages have been in the {name} state{since}, the 50-day {rel} the 200-day.",
                         f"With the 50-day {rel} the 200-day{since}, the averages are in the {name} state.",
                         f"The averages stand in the {name} state: 50-day {rel} 200-day{since}.",
                         f"Trend-wise, it is the {name} state{held}: 50-day {rel} 200-day."],
                        brief, "cross"))
    return out


def _averages_sentence(brief: Brief, sheet: FactSheet) -> str:
    """Where the close sits against the 50-day and the 200-day, one sentence, each frame carrying
    the 200-day in its own shape. Before edzones4 every frame took the same tail ', and 5.86% above
    the 200-day at $230.77', which after a frame ending on its side word glued two frames with a
    comma (demo IWM 2026-11-20: 'Against the 50-day average at $245.77, the close stands 0.60% below,
    and 5.86% above the 200-day at $230.77.')."""
    s = brief.snapshot
    has_200 = sheet.has("sma_200", "pct_vs_sma_200")
    at_200 = has_200 and _at_average(sheet, "pct_vs_sma_200")
    side_200 = "above" if s.close > (s.trend.sma_200 or 0) else "below"
    far_200 = f"{{pct_vs_sma_200:abs}} {side_200}"
    if _at_average(sheet, "pct_vs_sma_50"):
        frames = [("The close sits at the 50-day average, {sma_50}", ", and {where}"),
                  ("Price is right at the 50-day average of {sma_50}", ", and {where}")]
    else:
        side = "above" if s.close > (s.trend.sma_50 or 0) else "below"
        far = f"{{pct_vs_sma_50:abs}} {side}"
        frames = [(f"The close is {far} the 50-day average at {{sma_50}}", ", and {where}"),
                  (f"Price sits {far} its 50-day average ({{sma_50}})", " and {where}"),
                  (f"Against the 50-day average at {{sma_50}}, the close stands {far}",
                   "; against the 200-day at {sma_200}, " + ("it sits right on it" if at_200 else far_200)),
                  (f"Measured against the 50-day average ({{sma_50}}), the close is {far} it",
                   ", and " + ("right at the 200-day ({sma_200})" if at_200 else
                               f"against the 200-day ({{sma_200}}) {far_200}"))]
    lead, tail = _vary_pair(frames, brief, "sma50")
    if not has_200:
        return lead + "; the 200-day average needs more history than the data holds."
    return lead + tail.replace("{where}", _where_200(brief, sheet)) + "."


def _vary_pair(frames: list[tuple[str, str]], brief: Brief, key: str) -> tuple[str, str]:
    """One (lead, tail) frame, rotated as `vary` rotates a bank of single sentences."""
    lead = vary([lead for lead, _ in frames], brief, key)
    return next(frame for frame in frames if frame[0] == lead)


def _where_200(brief: Brief, sheet: FactSheet) -> str:
    """The close against the 200-day, as a clause ('5.86% above the 200-day at {sma_200}')."""
    if _at_average(sheet, "pct_vs_sma_200"):
        return "at the 200-day, {sma_200}"
    side = "above" if brief.snapshot.close > (brief.snapshot.trend.sma_200 or 0) else "below"
    return f"{{pct_vs_sma_200:abs}} {side} the 200-day at {{sma_200}}"


def _at_average(sheet: FactSheet, distance: str) -> bool:
    """True when the printed distance to the average would read 0.00%: say "at", not above/below."""
    return round(abs(sheet.value(distance)), 2) == 0


def vix_frames(tag: str, change: float, close: float) -> list[str]:
    """The VIX sentence: its move, and what its level says; 'still' when the two point different
    ways (a falling VIX that is still elevated, a rising one that is still calm)."""
    mood, way = vix_reading(close), direction_word(change)
    level, move = f"{{{tag}_close}}", f"{{{tag}_change_1d_pct:abs}}"
    if way == "flat":
        return [f"The VIX was little changed at {level}, {_article(mood)} reading."]
    rising, worried = change > 0, mood in ("elevated", "stressed")
    verb = "rose" if rising else "fell"
    if rising == worried:
        return [f"The VIX {verb} {move} to {level}, {_article(mood)} reading.",
                f"The VIX, {way} {move} at {level}, describes {_article(mood)} options market.",
                f"The VIX ended at {level}, {way} {move}: {_article(mood)} options market.",
                f"Options pricing is {mood}: the VIX closed at {level}, {way} {move}."]
    return [f"The VIX {verb} {move} to {level} but still reads {mood}.",
            f"The VIX is {way} {move} on the day, yet at {level} it is still {mood}.",
            f"The VIX closed at {level}, {way} {move}; options pricing remains {mood}.",
            f"Options pricing stays {mood}: the VIX ended at {level}, {way} {move}."]


def momentum_paragraph(brief: Brief, sheet: FactSheet, vix_told: bool = False) -> str | None:
    """ATR, MACD and RSI read together with the day as one argument (momentum_text), and the VIX
    line when the VIX adds to the day (stories.vix_adds); `vix_told`: the news paragraph reads the
    VIX (a gauge story, news_told.tells_vix), so the VIX is said there once, not here too."""
    s = brief.snapshot
    lines = momentum_sentences(brief, sheet)
    vix = next((m for m in s.related_by_role(RelatedRole.GAUGE) if m.kind == "volatility"), None)
    if vix is not None and not vix_told and vix_adds(s):
        line = vary(vix_frames(fact_tag(vix.symbol), vix.change_1d_pct, vix.close), brief, "vix")
        # a VIX move big enough to be an angle (angles.vix_angles) opens the paragraph; otherwise it
        # comes before the conclusion, which closes the argument
        at = 0 if abs(vix.change_1d_pct) >= VIX_ANGLE_PCT else max(len(lines) - 1, 0)
        lines.insert(at, line)
    return sheet.fill(" ".join(lines)) if lines else None


def calendar_paragraph(brief: Brief, sheet: FactSheet, event_told: bool = False) -> str | None:
    """The next event and the options positioning; `event_told`: a calendar story in the news
    paragraph already quotes the event's date (news_told.tells_event), so it is not restated."""
    s = brief.snapshot
    parts = []
    if s.events and not event_told:
        event = s.events[0]
        when = ("today" if event.sessions_until == 0 else
                "{event_1_sessions_until} sessions away" if event.sessions_until > 1 else
                "next session")
        parts.append(vary([f"The calendar matters here: the {event.name} is due on {{event_1_date}}, "
                           f"{when}, and positioning into it tends to cap conviction.",
                           f"Next on the calendar is the {event.name} on {{event_1_date}}, {when}.",
                           f"The {event.name} lands on {{event_1_date}}, {when}; desks tend to trim risk "
                           "into it.",
                           f"Ahead sits the {event.name}, {when}, on {{event_1_date}}."], brief, "event"))
    if s.options is not None:
        side = "above" if s.options.max_pain > s.close else "below"
        parts.append(vary([f"In the options market, max pain for the {{options_expiry}} expiry sits at "
                           f"{{max_pain}}, {side} the close.",
                           f"Max pain, {{max_pain}} for the {{options_expiry}} expiry, "
                           f"sits {side} the close.",
                           f"Options open interest puts max pain for {{options_expiry}} at {{max_pain}}, "
                           f"{side} the close.",
                           f"For the {{options_expiry}} expiry, max pain sits at {{max_pain}}, {side} the "
                           "close."], brief, "maxpain"))
        if sheet.has("call_wall", "put_wall"):
            parts.append(vary(["The heaviest open interest sits at the {call_wall} calls and the "
                               "{put_wall} puts.",
                               "Open interest peaks at {call_wall} on the call side, {put_wall} on the put "
                               "side.",
                               "The biggest strikes by open interest: calls at {call_wall}, puts at "
                               "{put_wall}.",
                               "Open interest clusters at {call_wall} in calls and {put_wall} in puts."],
                              brief, "walls"))
    return sheet.fill(" ".join(parts)) if parts else None


def _article(word: str) -> str:
    """'a subdued', 'an elevated'."""
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def macro_sentence(brief: Brief, sheet: FactSheet) -> str | None:
    """The 10-year yield, the dollar index (and the VIX when no peer row carries it), or None."""
    parts = []
    if sheet.has("macro_ten_year_yield"):
        parts.append(_yield_clause(sheet))
    if sheet.has("macro_dollar_index"):
        parts.insert(0 if cross_market_text.dollar_first(brief) else len(parts), _dollar_clause(sheet))
    has_vix_row = any(m.kind == "volatility" for m in brief.snapshot.related_by_role(RelatedRole.GAUGE))
    if sheet.has("macro_vix") and not has_vix_row:
        parts.append("the VIX stood at {macro_vix}")
    if not parts:
        return None
    bp = sheet.value("macro_ten_year_yield_change_bp") if sheet.has("macro_ten_year_yield_change_bp") \
        else None
    dollar = sheet.value("macro_dollar_index_change_pct") if sheet.has("macro_dollar_index_change_pct") \
        else None
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return sheet.fill(vary([f"{backdrop_phrase(bp, dollar)} {listed}.", f"Outside equities, {listed}.",
                            f"For the wider backdrop, {listed}.", f"Beyond stocks, {listed}."],
                           brief, "macro"))


def _yield_clause(sheet: FactSheet) -> str:
    if not sheet.has("macro_ten_year_yield_change_bp"):
        return "the 10-year Treasury yield stood at {macro_ten_year_yield}"
    verb = yield_move(sheet.value("macro_ten_year_yield_change_bp"))
    if verb == "held at":
        return "the 10-year Treasury yield held at {macro_ten_year_yield}"
    return (f"the 10-year Treasury yield {verb} {{macro_ten_year_yield_change_bp:abs}} "
            "to {macro_ten_year_yield}")


def _dollar_clause(sheet: FactSheet) -> str:
    if not sheet.has("macro_dollar_index_change_pct"):
        return "the dollar index (DXY) stood at {macro_dollar_index}"
    verb = dollar_move(sheet.value("macro_dollar_index_change_pct"))
    if verb == "was flat at":
        return "the dollar index (DXY) was flat at {macro_dollar_index}"
    return f"the dollar index (DXY) {verb} {{macro_dollar_index_change_pct:abs}} to {{macro_dollar_index}}"
