"""One story, one set of figures: does an article print each fact once, in one form?

- high_distance_figures_split: articles that print the distance between the close and the record
  (or 52-week) closing high as two different figures: the levels table's row at the high says
  '0.54% above the close' while the analysis or the dek says '0.53%' (the distance measured from
  the high: demo QQQ 2026-11-20 before edstory, stop 40; writers/scenarios.high_distance).
- dates_mixed_in_sentence: sentences (and level-row notes) that print one date with its year and
  another without ('crossed Feb 6, 2026, retested Nov 9'): one sentence, two date styles.
- date_style_mixed: articles that print a date of the session's year with its year while the
  article's one date style (facts.article_date_style) prints such a recent date bare: demo QQQ
  2026-11-20 before edvoice (stop 42) read 'Its record close of $629.76 (Nov 11, 2026)' in the
  analysis beside 'last tested Nov 12' in the levels table.
- distance_basis_mixed: articles whose levels-table row at a moving average prints the close's
  distance from it as another figure than the indicator table's row for that average: demo QQQ
  2026-11-20 before edvoice (stop 42) read '50-day MA, 1.98% below the close' (measured from the
  close) under 'Price 2.02% above' (measured from the average; level_notes.average_distance).
- high_named_apart: articles whose range top stands at the record (or 52-week) closing high and
  that print that price as the range top in one place and as the high in another, with no sentence
  of the analysis saying the two are one level (demo QQQ 2026-11-20 before edstory2: 'Its record close
  of $629.76 ... is within reach' beside 'a band ... with its top at $629.76').
- streak_untold: articles on a run of closes one way that is news (five sessions or more by the
  bars, or three when one of the article's sources names the instrument's streak) whose headline,
  dek and analysis never tell it (real DIA 2024-12-18, the tenth lower close in a row on Fed day,
  before edstory2; writers/paragraphs.streak_sentence).
- break_day_story_split: articles on a session that closed out of its range (tape.range_break) whose
  take or short-term call tells another story than the break: the take says no side has been picked
  ('No side yet', 'We wait for the close to pick a side', 'the first close beyond ... decides it')
  after the break picked one, or the call does not follow the break and its short-term row says
  nothing of why the Pulse stays where it is (news day SPY 2024-08-02 before edday, stop 45: a dek
  whose break 'sets the direction if it holds' over a Neutral call at Pulse 51 'with threat level
  3/5' and a take reading 'No side yet'; writers/stance.broken_stance,
  call_reasons.pulse_against_move).
- momentum_said_twice: analysis paragraphs telling twice that momentum has not confirmed the move
  (demo SPY 2026-11-20 before edday, stop 45: 'MACD has yet to follow, ...' then 'Momentum has still
  to catch up with the move, which for now rests on its size alone.').
- rsi_near_words_far: sentences calling RSI close to (approaching, near) oversold or overbought more
  than RSI_NEAR_POINTS (5) from the 30 (70) line (news day SPY 2024-08-02 before edday:
  'The 14-day RSI, 38.7, is approaching oversold').
- medium_neutral_unexplained: neutral medium-term rows that do not say why the call has no side
  (trend and momentum split, disagree, cancel out; no trend to hold).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime

from editorial_cases import Case, packaged_settings

from pipeline.contracts import Article, Snapshot
from pipeline.facts import article_date_style
from pipeline.stories import own_names
from pipeline.writers.paragraphs import STREAK_NAMED_SESSIONS, STREAK_SESSIONS, source_names_streak

_DISTANCE = re.compile(r"(?<![\d.])(\d+\.\d\d)%(?=\s+(?:above|below|under|over|away|short|higher|lower)\b)")
_QUOTED = re.compile(r"\u201c[^\u201d]*\u201d")
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}"
_WITH_YEAR = re.compile(_MONTH + r",? \d{4}\b")
_DATE = re.compile(_MONTH + r"\b(?!,? \d{4})(?![\d:])")


def _sentences(article: Article) -> list[str]:
    """The article's prose sentences, sources' quotes left out, and each level row as one."""
    texts = [article.dek, *article.analysis, *article.bull_case, *article.bear_case, article.take,
             *(row.reasoning for row in article.final_call)]
    said = [s for text in texts for s in _SENTENCE_END.split(_QUOTED.sub(" ", text)) if s]
    return said + [row.note for row in article.key_levels]


def _money(price: float) -> str:
    return f"${price:,.2f}"


def high_distance_figures(article: Article, snapshot: Snapshot) -> set[str]:
    """The distinct figures printed as the high's distance from the close: a row at the high's
    price (its note), and every sentence printing that price with a distance after it."""
    if snapshot.close >= snapshot.extremes.high_52w:
        return set()
    price = _money(snapshot.extremes.high_52w)
    found = {m.group(1) for row in article.key_levels if _money(row.low) == price
             for m in _DISTANCE.finditer(row.note)}
    for sentence in _sentences(article)[:-len(article.key_levels) or None]:
        at = sentence.find(price)
        if at >= 0:
            after = sentence[at + len(price):].split("$")[0]  # up to the next price printed
            found |= {m.group(1) for m in _DISTANCE.finditer(after)}
    return found


_RANGE_TOP = re.compile(r"\b(?:range top|top|ceiling|lid|upper edge)\b", re.IGNORECASE)
_RANGE = re.compile(r"\b(?:range|band|boxed)\b", re.IGNORECASE)
_HIGH = re.compile(r"\brecord\b|\b52-week\b|\bclosing high\b", re.IGNORECASE)


def high_named_apart(article: Article, snapshot: Snapshot) -> bool:
    """The range top at the closing high named as each in different texts (the levels table's rows
    among them), never as both in one sentence of the analysis, where the reader meets the level
    (a band 'between $503.11 and the record close' ties them too)."""
    rng = snapshot.range
    high = snapshot.extremes.high_52w
    if rng is None or not rng.is_tight or snapshot.close >= high or _money(rng.upper) != _money(high):
        return False
    price = _money(high)
    named = [t for t in _sentences(article) if price in t]
    as_top = any(_RANGE_TOP.search(t) and not _HIGH.search(t) for t in named)
    as_high = any(_HIGH.search(t) and not _RANGE_TOP.search(t) for t in named)
    analysis = [s for text in article.analysis for s in _SENTENCE_END.split(_QUOTED.sub(" ", text))]
    tied = any((_RANGE_TOP.search(t) or _RANGE.search(t)) and _HIGH.search(t) for t in analysis)
    return as_top and as_high and not tied


_RUN_TOLD = re.compile(r"\bin a row\b|\bstraight\b|\bstreak\b|\bsessions running\b|\bconsecutive\b|"
                       r"\bthe run\b", re.IGNORECASE)


def streak_untold(case: Case) -> bool:
    """A run of closes that is news (STREAK_SESSIONS, or STREAK_NAMED_SESSIONS with a source naming
    it) that no sentence of the headline, dek or analysis tells."""
    t = case.snapshot.tape
    if t is None or t.streak_direction == "flat" or t.streak_sessions < STREAK_NAMED_SESSIONS:
        return False
    inst = next((i for i in packaged_settings().instruments if i.symbol == case.snapshot.symbol), None)
    named = inst is not None and source_names_streak(case.news, own_names(inst.symbol, inst.display_name))
    if t.streak_sessions < STREAK_SESSIONS and not named:
        return False
    told = [case.article.headline, case.article.dek, *case.article.analysis]
    closes = re.compile(rf"\b{t.streak_sessions}\b")
    return not any(_RUN_TOLD.search(text) and closes.search(text) for text in told)


def dates_mixed(text: str) -> bool:
    """One text printing a date with its year and another without it."""
    return bool(_WITH_YEAR.search(text)) and bool(_DATE.search(text))


_DATE_WITH_YEAR = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4})\b")


def needless_years(article: Article, session: date) -> list[str]:
    """The dates the article prints with a year its date style leaves out (a recent date of the
    session's year), sources' quotes left out; a sentence or note that also prints a date needing
    its year prints both with it (level_notes.tested_words: 'crossed Feb 6, 2026, retested Nov 9,
    2026')."""
    found = []
    for text in _sentences(article):
        styles = [(m.group(0), article_date_style(datetime.strptime(" ".join(m.groups()), "%b %d %Y").date(),
                                                  session)) for m in _DATE_WITH_YEAR.finditer(text)]
        if all(style == "short" for _, style in styles):  # not beside a date that needs its year
            found += [printed for printed, _ in styles]
    return found


_AVERAGE_ROW = re.compile(r"^(\d+-day MA)\b")
_PERCENT = re.compile(r"(\d+\.\d\d)%")


def distance_basis_mixed(article: Article) -> bool:
    """An average's levels row and its indicator row printing two different % distances."""
    readings = {row.name: set(_PERCENT.findall(row.reading)) for row in article.indicators}
    for row in article.key_levels:
        named = _AVERAGE_ROW.match(row.note)
        name = named.group(1) if named else ""
        if name in readings and set(_PERCENT.findall(row.note)) != readings[name]:
            return True
    return False


_UNDECIDED = re.compile(r"\bno side yet\b|\bpick a side\b|\bpicks one\b|\bbefore taking a side\b|"
                        r"\bdecides it\b|\bwe stay neutral\b|\bneutral for now\b|\btake no side\b|"
                        r"\bwe wait for (?:the|a) close\b|\bon the sidelines\b", re.IGNORECASE)
_PULSE_HELD = re.compile(r"\bdespite\b|\beven after\b|\bStill Pulse\b|\bPulse (?:still|only)\b|"
                         r"\bleaves Pulse\b|\bPulse only\b", re.IGNORECASE)


def break_day_story_split(case: Case) -> bool:
    """A range-break session whose take says no side is picked, or whose call does not follow the
    break with a short-term row silent on what holds the Pulse."""
    tape = case.snapshot.tape
    if tape is None or tape.range_break is None or not case.article.final_call:
        return False
    if _UNDECIDED.search(case.article.take):
        return True
    follows = {"above": "Bullish", "below": "Bearish"}[tape.range_break]
    short = case.article.final_call[0]
    return str(short.bias) != follows and _PULSE_HELD.search(short.reasoning) is None


_UNCONFIRMED = re.compile(r"\byet to follow\b|\bnot confirmed\b|\blacks momentum\b|\btrails the day\b|"
                          r"\bcatch up with the move\b|\boutran its momentum\b|\bwithout confirmation\b|"
                          r"\bmomentum is not yet\b|\bsupply the rest\b", re.IGNORECASE)
_RSI_NEAR_WORDS = re.compile(r"\b(?:close to|approaching|near|nearing|getting close to)\s+"
                             r"(oversold|overbought)\b", re.IGNORECASE)
RSI_NEAR_POINTS = 5.0
"""How close to its 30 (70) line an RSI reading is 'close to' oversold (overbought) for a trader."""
_NEUTRAL_WHY = re.compile(r"\bsplit\b|\bdisagree\b|\bcancel\b|\bno trend\b", re.IGNORECASE)


def momentum_said_twice(case: Case) -> int:
    return sum(len([s for s in _SENTENCE_END.split(p) if _UNCONFIRMED.search(s)]) > 1
               for p in case.article.analysis)


def rsi_near_words_far(case: Case) -> int:
    rsi = case.snapshot.momentum.rsi_14
    if rsi is None:
        return 0
    count = 0
    for text in [*case.article.analysis, case.article.take]:
        for m in _RSI_NEAR_WORDS.finditer(_QUOTED.sub(" ", text)):
            line = 30.0 if m.group(1).lower() == "oversold" else 70.0
            count += abs(rsi - line) > RSI_NEAR_POINTS
    return count


def medium_neutral_unexplained(case: Case) -> int:
    rows = [r for r in case.article.final_call if r.horizon.lower().startswith("medium")] \
        if case.article.final_call else []
    return sum(str(r.bias) == "Neutral" and _NEUTRAL_WHY.search(r.reasoning) is None for r in rows)


def story_figures(cases: Sequence[Case]) -> dict[str, float | None]:
    split = sum(len(high_distance_figures(c.article, c.snapshot)) > 1 for c in cases)
    mixed = sum(dates_mixed(s) for c in cases for s in _sentences(c.article))
    apart = sum(high_named_apart(c.article, c.snapshot) for c in cases)
    return {"high_distance_figures_split": float(split), "dates_mixed_in_sentence": float(mixed),
            "distance_basis_mixed": float(sum(distance_basis_mixed(c.article) for c in cases)),
            "date_style_mixed": float(sum(bool(needless_years(c.article, c.snapshot.session))
                                          for c in cases)),
            "high_named_apart": float(apart),
            "streak_untold": float(sum(streak_untold(c) for c in cases)),
            "break_day_story_split": float(sum(break_day_story_split(c) for c in cases)),
            "momentum_said_twice": float(sum(momentum_said_twice(c) for c in cases)),
            "rsi_near_words_far": float(sum(rsi_near_words_far(c) for c in cases)),
            "medium_neutral_unexplained": float(sum(medium_neutral_unexplained(c) for c in cases))}
