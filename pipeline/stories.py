"""Which stories an article reads, and what each one says (pure: no I/O).

`select_stories` picks the sources of one article from the session's window:
- a page with nothing to read is never a source: no extracted text, text under
  MIN_TEXT_CHARS, or a video, gallery, podcast or live-blog page (by title or URL);
- stories from the session day (exchange time) only, when there is any; older
  stories only when the session day has no coverage at all;
- a VIX story only when the VIX adds to this instrument's day (`vix_adds`);
- each story gets a theme from its headline (the tape, rates, the Fed, volatility,
  or its first tagged theme) and a score: its relevance to the instrument
  (`ingest.tagging.relevance`; a macro story that names no instrument still
  counts), more when it is from the session day, more when what it reports about
  its subject (stocks, yields, the VIX) went the way the data went;
- the best story of each theme first, so one wire's four market wraps do not
  crowd out the rates story; then the rest by score; finally ordered tape first,
  then rates, the Fed, volatility and the other themes.

`digest` says what one story reports: its theme, the direction it gives its
subject, whether the data agrees, and its key claim, a clause of its own text
(verbatim, preferring one without figures) that the writers quote and cite. A
claim holds at least as many content words as the verifier's citation check
asks a citing sentence to share with its source, so quoting it always fits.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal, NamedTuple

from pydantic import Field

from .config import InstrumentConfig
from .contracts import Contract, NewsItem, RelatedRole, Snapshot
from .ingest.tagging import relevance
from .verify.citations import SHARED_WORDS
from .verify.citations import written_words as citation_words  # the writer's words rule (not the check's)

MIN_TEXT_CHARS = 280
"""Extracted text shorter than this is a stub (a caption, a teaser), not a story to cite."""
_NO_CONTENT_TITLE = re.compile(
    r"^\s*(?:video|watch|gallery|photos?|in pictures|slideshow|podcast|live(?: updates| blog)?|listen)\b"
    r"\s*[:|\-\u2013\u2014]", re.IGNORECASE)
_NO_CONTENT_URL = re.compile(r"/(?:videos?|gallery|galleries|photos|slideshows?|podcasts?|live|watch)/",
                             re.IGNORECASE)

Theme = str
TAPE, RATES, FED, VOLATILITY = "tape", "rates", "fed", "volatility"
INFLATION, JOBS, CALENDAR = "inflation", "jobs", "calendar"
RELEASES = (INFLATION, JOBS)
"""Themes of a macro release's own story: the report itself ('Consumer prices fall in June')."""
THEME_ORDER = (TAPE, RATES, INFLATION, JOBS, FED, VOLATILITY)
"""Citation order by theme: the market, the bond market, a release, the Fed, the gauge; then other
themes, and the calendar last (what comes next closes the news)."""
_TITLE_THEMES: tuple[tuple[Theme, re.Pattern[str]], ...] = (
    (VOLATILITY, re.compile(r"\bVIX\b|\bvolatility\b|fear gauge", re.IGNORECASE)),
    (RATES, re.compile(r"\byields?\b|\btreasur(?:y|ies)\b|\bbonds?\b", re.IGNORECASE)),
    (FED, re.compile(r"\bFed\b|\bFOMC\b|Federal Reserve|\bPowell\b|rate[- ]cuts?|rate hikes?|"
                     r"central bank", re.IGNORECASE)),
)
_PREVIEW = re.compile(
    r"^\s*(?:what to watch|what comes next|what'?s (?:next|ahead)|coming up|next week|on the calendar|"
    r"(?:the |a )?(?:busy |big |packed |holiday )?week ahead|(?:a |the )?(?:busy|big|packed) week)\b",
    re.IGNORECASE)
"""A preview's headline: it opens on the time ahead ('What to watch: producer prices and bank earnings
Friday', 'Week ahead: ...', 'A busy week: the Fed decides Wednesday'). Whatever events it lists, the
story is the calendar."""
_MARKET_WORDS = (r"stocks?|equities|wall street|the market|s&p(?: 500)?|nasdaq(?: 100)?|dow|"
                 r"russell(?: 2000)?|small[- ]caps?|blue[- ]chips?|megacaps?|large[- ]caps?|tech shares|"
                 r"shares|indexes|indices")

_UP = re.compile(r"\b(?:rall\w*|rebound\w*|climb\w*|ris(?:e|es|ing)|rose|gain\w*|jump\w*|surg\w*|"
                 r"soar\w*|advanc\w*|higher|edg\w* up|firm\w*|lift\w*|roar\w*|power\w*|up)\b(?!-)",
                 re.IGNORECASE)
_DOWN = re.compile(r"\b(?:fall\w*|fell|slid\w*|slide|drop\w*|declin\w*|slip\w*|lower|sell-?off|"
                   r"tumbl\w*|sank|sink\w*|shed\w*|los(?:e|es|ing)|lost|weigh(?:s|ed|ing)?|drag\w*|"
                   r"eas(?:e|es|ed|ing)|retreat\w*|down|calm\w*|loss(?:es)?)\b(?!-)", re.IGNORECASE)
"""Direction words; one hyphened to the next word is part of a compound ('higher-for-longer rates',
'lower-than-expected inflation'), which says nothing of which way a market went."""
_MARKET_NAME = re.compile(r"\b(?:S&P 500|Nasdaq|Dow|Russell 2000|VIX|small caps|blue chips|"
                          r"QQQ|SPY|IWM|DIA)\b")
_FIGURE = re.compile(r"\d[\d,.]*")
_NAMED_NUMBER = re.compile(r"\b(?:S&P|Russell|Nasdaq|Stoxx|FTSE|Nikkei|DAX|CAC)[\s-]?\d+"
                           r"|\b\d+-(?:year|month|day|week)\b", re.IGNORECASE)
_ABBREVIATIONS = ("Mr", "Mrs", "Ms", "Dr", "St", "Inc", "Corp", "Co", "Ltd", "No", "vs", "Jr", "Sr", "Gov",
                  "Sen", "Rep", "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
_SENTENCE = re.compile("".join(rf"(?<!\b{a}\.)" for a in _ABBREVIATIONS)
                       + r"(?<=[a-z0-9%)\u201d][.!?])\s+(?=[A-Z\u201c\"])")
_CLAUSE = re.compile(r",\s+|;\s+|\s+[\u2013\u2014]\s+|:\s+")
_CAUSE = re.compile(r"\b(?:as|after|amid|on|because|driven|powered|led by|lifted|helped|hurt|weighed)\b",
                    re.IGNORECASE)
FIGURE_COST = 0.9
ECHO_COST = 2.0
"""A figure the article prints itself (a close, a day change of the instrument, its index, a peer or a
gauge) costs more than one it does not: quoted, it repeats the lead instead of adding why, who or
what next."""
CLAIM_WORDS = (6, 32)
"""A key claim is a clause of 6 to 32 words."""
LEDE_SENTENCES = 4
BODY_SENTENCES = 6
"""Claims come from the lede's first LEDE_SENTENCES sentences, and from the next ones up to
BODY_SENTENCES when they name the story's subject (a wrap's 'Technology shares did most of the
lifting' after four sentences of index figures)."""

Direction = Literal["up", "down"]


class StoryDigest(Contract):
    """What one story reports, for the writers: its theme, direction, agreement and key claim."""

    item_id: str
    theme: Theme = Field(description="tape, rates, fed, volatility, or the story's first tagged theme.")
    subject: str = Field(description="What the direction is about: stocks, yields, the VIX, or ''.")
    direction: Direction | None = Field(default=None, description="Which way the story says it went.")
    agrees: bool | None = Field(default=None, description="The data went the same way (None: no data).")
    same_day: bool
    claim: str = Field(description="A clause of the story's own text, verbatim: what it reports.")


# -- content and dates ------------------------------------------------------------
def readable(item: NewsItem) -> bool:
    """Text to read and cite: not a video, gallery or live page, not an empty or stub page."""
    if not item.has_content or len(item.text.strip()) < MIN_TEXT_CHARS:
        return False
    return not (_NO_CONTENT_TITLE.search(item.title) or _NO_CONTENT_URL.search(item.url))


def local_day(item: NewsItem, snapshot: Snapshot) -> date | None:
    """The story's publication date in the exchange's time zone (the one the session's close is in)."""
    if item.published_at is None:
        return None
    return item.published_at.astimezone(snapshot.as_of.tzinfo).date()


# -- what a story says ----------------------------------------------------------------
def story_theme(item: NewsItem, tape: re.Pattern[str]) -> Theme:
    """The theme the headline names first ('Stocks rise as yields fall' is the tape, 'Yields
    fall as stocks rise' is rates); a preview's headline is the calendar (_PREVIEW); a headline that
    names none of those but a macro release is that release's ('Consumer prices fall in June' is
    inflation, 'Hiring slows sharply' jobs: not the Fed its text goes on to name, which the tags,
    in configuration order, put first); else the story's first tagged theme."""
    if _PREVIEW.search(item.title):
        return CALENDAR
    found = [(m.start(), theme) for theme, pattern in (*_TITLE_THEMES, (TAPE, tape))
             if (m := pattern.search(item.title))]
    if found:
        return min(found)[1]
    release = [(m.start(), theme) for theme, pattern in _RELEASE_WORDS if (m := pattern.search(item.title))]
    if release:
        return min(release)[1]
    return item.themes[0] if item.themes else "other"


def tape_pattern(snapshot: Snapshot, names: Sequence[str] = ()) -> re.Pattern[str]:
    """Words that make a headline about the market's day: market words, the symbols, `names`."""
    terms = [re.escape(t) for t in (snapshot.symbol, *(m.symbol for m in snapshot.related), *names) if t]
    return re.compile(r"(?<![\w^])(?:" + "|".join([_MARKET_WORDS, *terms]) + r")(?!\w)", re.IGNORECASE)


_REVERSAL_OF = re.compile(r"\b(?:giv(?:e|es|en|ing)|gave|hand(?:s|ed|ing)?) back\b|\bpar(?:e|es|ed|ing)\b|"
                          r"\beras(?:e|es|ed|ing)\b|\bwip(?:e|es|ed|ing) out\b|\btrim(?:s|med|ming)?\b|"
                          r"\brevers(?:e|es|ed|ing)\b|\bunw(?:ind|inds|inding|ound)\b", re.IGNORECASE)
_REVERSAL = re.compile(r"\bfad(?:e|es|ed|ing)\b|\bfizzl(?:e|es|ed|ing)\b|\bevaporat(?:e|es|ed|ing)\b|"
                       r"\bcollaps(?:e|es|ed|ing)\b", re.IGNORECASE)
"""Words that undo a move: its direction word is read the other way. A verb that takes the move as
its object ('give back half their July rally', 'pared losses', 'reversing Monday's gains') undoes
the direction word after it; failing one there, and for a verb whose subject is the move ('the
rally faded', 'the small-cap rally that defined July is unwinding fast'), the one before it."""
_REVERSAL_REACH = 4
"""Words that may stand between a reversal and the move it undoes ('half their July' rally)."""


_AUXILIARY = re.compile(r"^(?:\s*\b(?:is|are|was|were|has|have|had|been|being|already|now|quickly|fast|"
                        r"soon|seems?|seemed|looks?|looked|to|be|started?|began|begins?)\b)*\s*$",
                        re.IGNORECASE)


def _word_gap(text: str, start: int, end: int) -> int:
    return len(text[start:end].split())


def _its_subject(between: str) -> bool:
    """The direction word before a reversal is what it undoes: only auxiliaries stand between them
    ('the rally is fading'), or a relative clause on the move ('the rally that defined July is
    unwinding') or a phrase naming where it happened ('the selloff in chipmakers reversed'); not
    another subject ('stocks rally as yields fade': the yields faded)."""
    if _AUXILIARY.match(between):
        return True
    words = between.split()
    if words and words[0].lower() in ("in", "of", "among", "for") and len(words) <= 3:
        return _AUXILIARY.match(" ".join(words[2:])) is not None  # 'the selloff in chipmakers reversed'
    return bool(words) and words[0].lower() in ("that", "which") and len(words) <= _REVERSAL_REACH + 2


_TRADED_UP = re.compile(r"\b(?:bought|buying|snapp(?:ed|ing) up)\b", re.IGNORECASE)
_TRADED_DOWN = re.compile(r"\b(?:sold|sell(?:s|ing)?|dump(?:s|ed|ing)?)\b(?!-)", re.IGNORECASE)
"""What traders did to a market, its direction: 'Investors sold the technology giants' is down."""
_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:(?:have|has|had|is|are|was|were|been|had been|"
                       r"have been|has been)\s+)*(?=\w+ed\b|" + _UP.pattern + "|" + _DOWN.pattern + ")",
                       re.IGNORECASE)
_RELATIVE_END = re.compile(r"[,;:\u2013\u2014]|\s(?:and|but|while|as)\s", re.IGNORECASE)
"""A relative clause on a noun ('the technology giants that have carried the rally all year'): the
pronoun, then a verb (an auxiliary, a past form, a direction word), up to the next clause break. Its
direction words tell what the noun did before, not what the line reports."""


_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|this|these|those|[\w-]+['\u2019]s?)\s+(?:([\w-]+)\s+)?$",
                         re.IGNORECASE)


_PAST = re.compile(r"\w+ed|fell|rose|sank|slid|lost", re.IGNORECASE)
"""A past form of a direction word: a verb, never a noun ('the morning slid')."""


def _noun_place(before: str) -> bool:
    """A word after `before` is a noun: a determiner stands right before it, or before one
    modifier that is no direction word itself ('the year's rally', 'a two-week rally')."""
    found = _DETERMINER.search(before)
    if found is None:
        return False
    modifier = found.group(1)
    return modifier is None or not (_UP.fullmatch(modifier) or _DOWN.fullmatch(modifier))


def _relative_spans(text: str) -> list[tuple[int, int]]:
    """Where relative clauses stand in `text`: from the pronoun to the clause break, or to the first
    direction word after the clause's own verb that is a verb (a past form, or a word not after a
    determiner: _noun_place) (in 'the makers that had rallied on the promise of demand fell', 'fell'
    is the main clause's)."""
    spans = []
    for found in _RELATIVE.finditer(text):
        verb_end = found.end() + len(text[found.end():].split(maxsplit=1)[0])
        stop = _RELATIVE_END.search(text, verb_end)
        end = stop.start() if stop else len(text)
        main = min((m.start() for p in (_UP, _DOWN) for m in p.finditer(text, verb_end, end)
                    if _PAST.fullmatch(m.group(0)) or not _noun_place(text[:m.start()])), default=None)
        spans.append((found.start(), min(end, main) if main is not None else end))
    return spans


def direction_words(text: str) -> list[tuple[int, int, str]]:
    """The direction words of `text` (_UP, _DOWN, and what traders did: _TRADED_UP, _TRADED_DOWN) in
    order, with those of a relative clause left out: the line's direction is what its subject did
    ('Investors sold the technology giants that have carried the rally all year' is down)."""
    found = [(m.start(), m.end(), way) for pattern, way in
             ((_UP, "up"), (_TRADED_UP, "up"), (_DOWN, "down"), (_TRADED_DOWN, "down"))
             for m in pattern.finditer(text)]
    spans = _relative_spans(text)
    return sorted(w for w in found if not any(start < w[0] < end for start, end in spans))


def direction_of(text: str) -> Direction | None:
    """'up' or 'down' by the first direction word in `text` (direction_words: not one of a relative
    clause), read the other way when a reversal undoes it (_REVERSAL_OF, _REVERSAL: 'Small caps give
    back half their July rally' is down, 'Stocks rise, reversing Monday's losses' up); None without
    one."""
    words = direction_words(text)
    if not words:
        return None
    undone: set[int] = set()
    for pattern, forward in ((_REVERSAL_OF, True), (_REVERSAL, False)):
        for found in pattern.finditer(text):
            after = [w for w in words if w[0] >= found.end()
                     and _word_gap(text, found.end(), w[0]) <= _REVERSAL_REACH]
            before = [w for w in words if w[1] <= found.start() and _its_subject(text[w[1]:found.start()])]
            target = after[0] if forward and after else before[-1] if before else None
            if target is not None:
                undone.add(target[0])
    start, _, way = words[0]
    if start in undone:
        return "down" if way == "up" else "up"
    return way  # type: ignore[return-value]


def _subject(theme: Theme) -> str:
    return {TAPE: "stocks", RATES: "yields", FED: "yields", VOLATILITY: "the VIX"}.get(theme, "")


_MOVE_VERB = re.compile(r"\b(?:lag\w*|trail\w*|led|lead\w*|out(?:perform|ran|run|pac)\w*|underperform\w*|"
                        r"beat\w*|held|hold\w*|added|adds?|ended|finished|closed)\b", re.IGNORECASE)


def first_move(text: str) -> int | None:
    """Where the first word of movement stands in `text` (a direction, or 'lagged', 'led', 'ended'):
    a market named before it is what the sentence is about. None without one."""
    found = [m.start() for p in (_UP, _DOWN, _MOVE_VERB) if (m := p.search(text))]
    return min(found) if found else None


def data_direction(theme: Theme, snapshot: Snapshot) -> Direction | None:
    """How the data moved on the session for a theme's subject; None when it holds no such move."""
    if theme == TAPE:
        change: float | None = snapshot.returns.change_1d_pct
        return None if change is None or abs(change) < 0.05 else "up" if change > 0 else "down"
    if theme in (RATES, FED):
        gauge = next((g for g in snapshot.macro if g.key == "ten_year_yield"), None)
        change = gauge.change_1d if gauge else None
        return None if change is None or abs(change) < 0.005 else "up" if change > 0 else "down"
    if theme == VOLATILITY:
        vix = next((m for m in snapshot.related if m.kind == "volatility"), None)
        change = vix.change_1d_pct if vix else None
        return None if change is None or abs(change) < 0.5 else "up" if change > 0 else "down"
    return None


def digest(item: NewsItem, snapshot: Snapshot, names: Sequence[str] = ()) -> StoryDigest:
    tape = tape_pattern(snapshot, names)
    theme = story_theme(item, tape)
    said = direction_of(item.title) if theme in (TAPE, RATES, VOLATILITY) else None
    seen = data_direction(theme, snapshot)
    return StoryDigest(item_id=item.item_id, theme=theme, subject=_subject(theme), direction=said,
                       agrees=None if said is None or seen is None else said == seen,
                       same_day=local_day(item, snapshot) == snapshot.session,
                       claim=key_claim(item, theme, tape, session_figures(snapshot)))


def key_claim(item: NewsItem, theme: Theme, tape: re.Pattern[str] | None = None,
              known: Collection[float] = ()) -> str:
    """The clause of the story's lede that best states what it reports, verbatim; `known`, the
    figures the article prints itself, make a clause that repeats them cost more."""
    return claim_options(item, theme, tape, known)[0]


def claim_options(item: NewsItem, theme: Theme, tape: re.Pattern[str] | None = None,
                  known: Collection[float] = (), margin: float | None = None) -> list[str]:
    """The best clause of each of the lede's sentences (key_claim's candidates) scoring within
    `margin` (CLAIM_MARGIN) of the best, best first: one story's other lines, for an article that
    quotes the story but not the line the other articles of its session quote. The title alone when
    no sentence has a clause to quote."""
    margin = CLAIM_MARGIN if margin is None else margin
    sentences = story_sentences(item.text)
    subject = _subject_pattern(theme, tape)
    options = [c for i, s in enumerate(sentences[:BODY_SENTENCES]) for c in _candidates(s, i)
               if i < LEDE_SENTENCES or (subject is not None and subject.search(c[0]))]
    if not options:
        return [_trim(item.title)]
    scored = sorted(((_claim_score(text, pos, theme, tape, known), pos, text) for text, pos in options),
                    key=lambda o: (-o[0], o[1]))
    best: dict[int, str] = {}
    for score, position, text in scored:
        if score >= scored[0][0] - margin:
            best.setdefault(position, text)
    return list(best.values())


def has_line(item: NewsItem, theme: Theme, tape: re.Pattern[str]) -> bool:
    """The story has a line an article can quote (claim_options finds a clause of its text), or its
    headline is about the market (`tape`). A story with neither ('Powell says the Fed can be more
    cautious from here', whose text is a sentence too long to quote, one that opens on 'He', and the
    chair's quoted words) would be quoted by its headline in every article of the session: no
    article's line, so none quotes it."""
    sentences = story_sentences(item.text)
    subject = _subject_pattern(theme, tape)
    found = any(_candidates(s, i) for i, s in enumerate(sentences[:BODY_SENTENCES])
                if i < LEDE_SENTENCES or (subject is not None and subject.search(s)))
    return found or tape.search(item.title) is not None


CLAIM_MARGIN = 2.0
"""Another sentence's clause is a claim option when it scores within this of the key claim: it names
the subject or says which way and why ('the two-year note ... led the decline' for a rates story),
not 'the dollar weakened against the yen' nor a bare index level."""


def story_sentences(text: str) -> list[str]:
    """The story's sentences, whitespace folded (abbreviations such as 'Mr.' and 'Dec.' kept inside)."""
    return [s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]


def _subject_pattern(theme: Theme, tape: re.Pattern[str] | None) -> re.Pattern[str] | None:
    """The words that name a theme's subject (the VIX, yields, the Fed; the market for the tape; for a
    preview, the Fed: the next policy decision is what its dates lead up to; for a release, the
    report, what economists and the Fed make of it: _RELEASE_SUBJECTS)."""
    if theme in RELEASES:
        return _RELEASE_SUBJECTS[theme]
    if theme == FED:
        return _FED_SUBJECT
    return dict(_TITLE_THEMES).get(FED if theme == CALENDAR else theme, tape if theme == TAPE else None)


_FED_SUBJECT = re.compile(dict(_TITLE_THEMES)[FED].pattern + r"|\b(?:officials|policymakers|the committee)\b",
                          re.IGNORECASE)
"""A Fed story's subject: the Fed by name, or by the words its story uses for the people who set
rates once the Fed is named ('But officials signaled a slower path from here'). A preview's subject
stays the Fed by name: its line is the date of the next decision, not what officials expect."""


def session_figures(snapshot: Snapshot) -> frozenset[float]:
    """The session's figures an article prints itself: the close and day change of the instrument,
    its index and peers (the lead and the peer table), the gauges' and other markets' levels and
    moves (the cross-market read). Changes without their sign, as a story prints them."""
    values = [snapshot.close, snapshot.returns.change_1d_pct]
    values += [v for m in snapshot.related for v in (m.close, m.change_1d_pct)]
    values += [g.value for g in snapshot.macro]
    values += [v for x in snapshot.cross_markets for v in (x.value, x.change_pct) if v is not None]
    return frozenset(abs(v) for v in values)


def echoes(text: str, known: Collection[float]) -> int:
    """Figures of `text` with decimals that equal one of `known` at the figure's own precision
    ('1.1%' is a 1.10% move, '6,901.69' a close): what the article already says."""
    count = 0
    for figure in _FIGURE.findall(_NAMED_NUMBER.sub(" ", text)):
        figure = figure.strip(".,").replace(",", "")
        places = len(figure.partition(".")[2])
        if places and any(round(v, places) == float(figure) for v in known):
            count += 1
    return count


_SENSE_TURN = re.compile(
    r"^(?:(?:a|an|the|one|another)\s+(?:\w+\s+)?(?:reminder|sign|signal|suggestion|indication|hint|warning|"
    r"measure|reflection|testament|mark|symptom)\s+(?:that|of|how)\b|"
    r"(?:which|suggesting|signal(?:l)?ing|meaning|indicating|showing|underscoring|highlighting|reflecting|"
    r"even as|even though|even if|though|although|but|yet|only to|before|then|despite)\b)",
    re.IGNORECASE)
"""How the part of a sentence after a clause turns the clause's sense: a comment on it ('..., a
reminder that the index losses came from a handful of very large names', '..., suggesting ...',
'..., which ...'), a concession or a turn ('..., but ...', '..., only to ...', '..., before ...').
Quoted without it, the clause can say the opposite of the story's point (the equal-weighted S&P 500
rose, on a day the S&P 500 fell): the clause is quoted with its sentence, or not at all."""


TURNED_WORDS = 40
"""A sentence that turns its sense (_SENSE_TURN) is quoted whole up to this many words: its clause
alone is no line, and the turn ('though economists cautioned that ...') is what a reader needs."""


def _clipped_across_turn(parts: Sequence[str], n: int) -> bool:
    """The clause made of `parts[:n]` ends where the sentence turns its sense (_SENSE_TURN)."""
    return n < len(parts) and _SENSE_TURN.match(parts[n].strip()) is not None


def _candidates(sentence: str, position: int) -> list[tuple[str, int]]:
    """The whole sentence and its leading clauses, each with the sentence's position; not a leading
    clause cut where the rest turns its sense (_clipped_across_turn)."""
    whole = _trim(sentence)
    out = [(whole, position)]
    parts = _CLAUSE.split(sentence)
    turned = False
    for n in range(1, len(parts)):
        if _clipped_across_turn(parts, n):
            turned = True
        else:
            out.append((_trim(", ".join(parts[:n])), position))
    low, high = CLAIM_WORDS
    return [(text, pos) for text, pos in out
            if low <= len(text.split()) <= (TURNED_WORDS if turned and text == whole else high)
            and "?" not in text and not _shouting(text) and not _leans_back(text) and fits_citation(text)]


_LEANS_BACK = re.compile(r"^(?:[\u201c\u2018\"']|(?:he|she|they|it)\b)", re.IGNORECASE)


def _leans_back(text: str) -> bool:
    """A line that is not the story's own to quote: it opens on a speaker's words (quoted again it
    needs the speaker: '"We are in a new phase," he said' printed as a wire's line) or on a pronoun
    that leans on the sentence before ('He told reporters that ...': who told them?)."""
    return _LEANS_BACK.match(text) is not None


def _shouting(text: str) -> bool:
    """A kicker or label in capitals ('LOOK WHAT YOU MADE ME DO Brace yourself'), not a claim."""
    words = [w for w in re.findall(r"[A-Za-z]{2,}", text)]
    return sum(w.isupper() and len(w) > 3 for w in words) >= 3


def fits_citation(claim: str) -> bool:
    """Quoted verbatim, the claim passes the verifier's citation check on its own: it holds a
    figure the source prints (one with decimals or of 100 and more), a market name, or enough
    content words."""
    if any("." in f.strip(".,") or len(f.replace(",", "").split(".")[0]) >= 3
           for f in _FIGURE.findall(_NAMED_NUMBER.sub(" ", claim))):
        return True
    return bool(_MARKET_NAME.search(claim)) or len(citation_words(claim)) >= SHARED_WORDS


def _trim(text: str) -> str:
    return text.strip().rstrip(".!;:,").strip()


def figures_in(text: str) -> int:
    """Figures a reader would check: numbers, not the digits of a name ('S&P 500', '10-year')."""
    return len(_FIGURE.findall(_NAMED_NUMBER.sub(" ", text)))


def _claim_score(text: str, position: int, theme: Theme, tape: re.Pattern[str] | None,
                 known: Collection[float] = ()) -> float:
    """Figures cost (a figure-free claim needs no tracing), the article's own figures more; naming
    the subject, a direction and a cause ('as', 'after', 'amid') earn; later sentences of the lede
    cost a little."""
    repeated = echoes(text, known)
    score = -FIGURE_COST * (figures_in(text) - repeated) - ECHO_COST * repeated - 0.4 * position
    score += 1.0 if _CAUSE.search(text) else 0.0
    score += 1.0 if direction_of(text) else 0.0
    pattern = _subject_pattern(theme, tape)
    score += 1.5 if pattern is not None and pattern.search(text) else 0.0
    return score + min(len(text.split()), 24) / 24


# -- the day's news event ---------------------------------------------------------------------
NewsEvent = Literal["fed", "inflation", "jobs", "earnings", "chips"]
EVENT_WORDS: tuple[tuple[NewsEvent, re.Pattern[str]], ...] = (
    ("fed", re.compile(r"\bFed\b|\bFOMC\b|Federal Reserve|\bPowell\b")),
    ("inflation", re.compile(r"\binflation\b|\bCPI\b|consumer[- ]prices?|consumer price index",
                             re.IGNORECASE)),
    ("jobs", re.compile(r"\bjobs? (?:report|data|numbers)\b|\bpayrolls?\b|\bhiring\b|\bunemployment\b|"
                        r"\bjobless\b", re.IGNORECASE)),
    ("chips", re.compile(r"\bchip(?:maker)?s?\b|\bchip stocks\b|\bsemiconductors?\b", re.IGNORECASE)),
    ("earnings", re.compile(r"\bearnings\b|\bresults\b|\bprofit (?:forecast|warning)\b", re.IGNORECASE)),
)
"""The news events a market wrap names as the day's cause, by the words that name each: a Fed
decision, an inflation or a jobs report, a sector story (chipmakers), company results."""
_RELEASE_WORDS = tuple((theme, words) for theme, words in EVENT_WORDS if theme in RELEASES)
_FED_WORDS = dict(_TITLE_THEMES)[FED].pattern
_RELEASE_SUBJECTS: dict[Theme, re.Pattern[str]] = {
    theme: re.compile(rf"{words.pattern}|\breports?\b|\beconomists?\b|{_FED_WORDS}", re.IGNORECASE)
    for theme, words in _RELEASE_WORDS}
"""A release story's subject: the release (EVENT_WORDS), the report, and what economists and the Fed
make of it ('Economists said the report gives the Federal Reserve much of the evidence it has asked
for'): the lines of it that matter to markets."""
_CAUSED = re.compile(r"\b(?:as|after|amid|on)\s+(.+?)(?:;|$)", re.IGNORECASE)


class SessionEvent(NamedTuple):
    """The day's news event: its kind, the wrap that names it as the market's cause, and which way
    that wrap says the market went."""

    kind: NewsEvent
    wrap: NewsItem
    direction: Direction | None


def session_event(items: Sequence[NewsItem], snapshot: Snapshot,
                  names: Sequence[str] = ()) -> SessionEvent | None:
    """The news event the session day's market wraps give as the cause of the market's move: the
    first event word after a cause word ('as', 'after', 'amid', 'on') in the title of a same-day
    tape story, the latest wrap first ('Stocks slide as a weak jobs report stokes growth fears' is
    the jobs report; 'Nasdaq 100 surges 1.9% as megacap tech powers the rally' names none). None
    without such a wrap: no yields, no data of the release, only what the day's coverage says."""
    tape = tape_pattern(snapshot, names)
    wraps = [item for item in items if readable(item) and local_day(item, snapshot) == snapshot.session
             and story_theme(item, tape) == TAPE]
    for item in sorted(wraps, key=lambda i: (-_timestamp(i), i.item_id)):
        cause = _CAUSED.search(item.title)
        found = [(m.start(), kind) for kind, words in EVENT_WORDS
                 if cause is not None and (m := words.search(cause.group(1)))]
        if found:
            return SessionEvent(min(found)[1], item, direction_of(item.title))
    return None


_EVENT_TEXT_WORDS: tuple[tuple[NewsEvent, re.Pattern[str]], ...] = (
    *EVENT_WORDS[:2],
    ("jobs", re.compile(EVENT_WORDS[2][1].pattern + r"|\b(?:job|labou?r) market\b", re.IGNORECASE)),
    *EVENT_WORDS[3:],
)
"""EVENT_WORDS as a story's own sentences name the event: a jobs report is also 'a slowing job
market' once it is the reason a story gives."""


def names_event(item: NewsItem, kind: NewsEvent) -> bool:
    """The story's title or opening sentences name the event of kind `kind` (_EVENT_TEXT_WORDS): 'a
    Fed that slows its cuts hits their interest bills directly' in a small-cap story names the Fed
    decision it reports the instrument's day around."""
    words = dict(_EVENT_TEXT_WORDS)[kind]
    lede = " ".join(story_sentences(item.text)[:LEDE_SENTENCES])
    return words.search(item.title) is not None or words.search(lede) is not None


def own_story_event(items: Sequence[NewsItem], snapshot: Snapshot,
                    own: re.Pattern[str]) -> SessionEvent | None:
    """The news event the instrument's own story of the session day ties its move to, when no wrap
    names one (session_event): a same-day story whose title names the instrument (`own`: own_names),
    whose opening sentences name an event ('a slowing job market cuts both ways for them'), reported
    the same day before it by a story whose title names that event ('Hiring slows sharply in July and
    unemployment climbs to 4.3%'). Both halves come from the day's coverage: a release alone does not
    say this instrument moved on it, and a story's aside does not say the event happened. The
    direction is the instrument's own move. None without both."""
    same_day = sorted((item for item in items
                       if readable(item) and local_day(item, snapshot) == snapshot.session),
                      key=lambda i: (-_timestamp(i), i.item_id))
    direction = moved(snapshot.returns.change_1d_pct)
    for item in (i for i in same_day if own.search(i.title)):
        reported = {kind for other in same_day if other is not item and _timestamp(other) <= _timestamp(item)
                    for kind, words in EVENT_WORDS if words.search(other.title)}
        lede = " ".join(story_sentences(item.text)[:LEDE_SENTENCES])
        found = [(m.start(), kind) for kind, words in _EVENT_TEXT_WORDS
                 if kind in reported and (m := words.search(lede))]
        if found:
            return SessionEvent(min(found)[1], item, direction)
    return None


# -- selection -----------------------------------------------------------------------------
MACRO_THEMES = frozenset({RATES, FED, VOLATILITY, INFLATION, JOBS, CALENDAR, "oil", "geopolitics", "trade"})
SAME_DAY_BONUS = 2.0
AGREES_BONUS = 1.5
DISAGREES_PENALTY = 1.0
MACRO_BASE = {RATES: 1.2, FED: 1.2, VOLATILITY: 1.2, INFLATION: 1.2, JOBS: 1.2, CALENDAR: 1.2}
"""A release's own story and the calendar count as much as a Fed story (both were filed under the
Fed, by their tags, before they had themes of their own)."""
OTHER_MACRO_BASE = 0.6
DAY_EVENT_BASE = MACRO_BASE[RATES]
"""The day's event wrap (session_event) counts as much as a rates or Fed story for an instrument it
does not name."""
THEME_FLOOR = 0.4
PER_THEME = 2
SECTOR_BASE = 2.0
"""A same-day story whose headline names the instrument's part of the market (its configured sectors:
'Chip stocks sink before the open ...' for the Nasdaq 100) but not the instrument counts more than a
macro story and less than a headline naming the instrument (tagging.TITLE_WEIGHT)."""


def select_stories(items: Sequence[NewsItem], instrument: InstrumentConfig, snapshot: Snapshot,
                   limit: int) -> list[NewsItem]:
    """The article's sources, best theme mix first, ordered tape, rates, Fed, volatility, others."""
    if limit <= 0:
        return []
    now = datetime.combine(snapshot.session + timedelta(days=1), time(0), UTC)
    pool = [item for item in items if readable(item)]
    if any(local_day(item, snapshot) == snapshot.session for item in pool):
        pool = [item for item in pool if local_day(item, snapshot) == snapshot.session]
    names = tuple(instrument.aliases)
    scored = []
    quiet_vix = not vix_adds(snapshot)
    sectors = _terms_pattern(instrument.sectors) if instrument.sectors else None
    event = session_event(pool, snapshot, names)
    for item in pool:
        story = digest(item, snapshot, names)
        if quiet_vix and story.theme == VOLATILITY:
            continue  # the VIX adds nothing to this instrument's day (vix_adds)
        if not has_line(item, story.theme, tape_pattern(snapshot, names)):
            continue  # nothing of its own to quote, and not about the market: no line for any article
        sector = story.same_day and sectors is not None and sectors.search(item.title) is not None
        score = _score(item, story, instrument, now, day_event=event is not None and item is event.wrap,
                       sector=sector)
        if score > 0:
            scored.append((score, item, story))
    scored.sort(key=lambda s: (-s[0], -_timestamp(s[1]), s[1].item_id))
    own = own_names(snapshot.symbol, instrument.display_name)
    mine = own_terms(snapshot.symbol, instrument.display_name, (), instrument.sectors)
    chosen = _one_per_theme(_without_silent_wraps(scored, snapshot, own, event, mine), limit)
    chosen.sort(key=lambda s: (_theme_rank(s[2].theme), -s[0], s[1].item_id))
    return [item for _, item, _ in chosen]


def _score(item: NewsItem, story: StoryDigest, instrument: InstrumentConfig, now: datetime,
           day_event: bool = False, sector: bool = False) -> float:
    """`day_event`: the item is the session's wrap that names the day's event as the market's cause
    (session_event): the event moved the whole market, so the wrap is news for every instrument
    of it, like a macro story, even when it names no instrument (small caps on the day a Chinese AI
    model sank chipmakers). `sector`: a same-day story headlined on the instrument's sector (SECTOR_BASE)."""
    base = relevance(item, instrument, now=now)
    if base <= 0 and sector:  # a same-day story on the instrument's part of the market (SECTOR_BASE)
        base = SECTOR_BASE * item.source_weight
    if base <= 0 and (day_event or story.theme in MACRO_THEMES or set(item.themes) & MACRO_THEMES):
        base = MACRO_BASE.get(story.theme, DAY_EVENT_BASE if day_event else OTHER_MACRO_BASE) \
            * item.source_weight
    if base <= 0:
        return 0.0
    base += SAME_DAY_BONUS if story.same_day else 0.0
    if story.agrees is True:
        base += AGREES_BONUS
    elif story.agrees is False:
        base -= DISAGREES_PENALTY
    return max(base, 0.01)


def _without_silent_wraps(scored: list[tuple[float, NewsItem, StoryDigest]], snapshot: Snapshot,
                          own: re.Pattern[str], event: SessionEvent | None = None,
                          mine: re.Pattern[str] | None = None) -> list[tuple[float, NewsItem, StoryDigest]]:
    """`scored` (best first) without the session day's market wraps that have nothing of their own
    on the instrument (`speaks_for`): the article would list such a wrap uncited while its sentiment
    score counted it, or quote the market's line that every article of the day quotes. A wrap without
    a line of its own stays only when it is the first of the day's tape stories and no tape story of
    the day speaks for the instrument (SPY quotes Harbor Street Wire's line on the S&P 500 itself, the
    Dow, with no line of its own anywhere, the day's wrap), or, on a day the instrument went its own
    way (`stands_apart`), when it is the first to say which way the market went after ones that do
    not (the writer's line 'went the other way' reads it), or against its peers' average (a split
    market: the wrap says which way the market went). The wrap that names the day's event as the
    market's cause (`event`: session_event) stays, without it the article cannot say what moved the
    market (QQQ on 2022-09-13 kept only a tech story that never names the inflation report), unless
    the instrument's own story of the day (its headline names it) names the event: that story says
    what moved it, and the article opens on it (news day 2024-08-02 small caps: 'Small caps give back
    half their July rally in two days', on a slowing job market; before ednews2, stop 48, the wrap
    stayed and every article of the day opened on it). A
    story headlined on the instrument by an alias or its sector (`mine`: own_terms, 'Chip stocks sink
    before the open ...' for the Nasdaq 100) is its own and stays."""
    kept: list[tuple[float, NewsItem, StoryDigest]] = []
    apart = stands_apart(snapshot) is not None or off_average(snapshot)
    speaking = any(story.theme == TAPE and story.same_day and speaks_for(item, snapshot, own)
                   for _, item, story in scored)
    tape: list[StoryDigest] = []
    told_own = event is not None and any(  # the instrument's own story says what moved it (own_story_event)
        other is not event.wrap and story.same_day and own.search(other.title) is not None
        and names_event(other, event.kind) for _, other, story in scored)
    for entry in scored:
        _, item, story = entry
        if story.theme == TAPE and story.same_day:
            directed = any(direction_of(t.claim) for t in tape)
            reads_day = apart and not directed and direction_of(story.claim) is not None
            cause = event is not None and item is event.wrap and not told_own
            if not cause and not speaks_for(item, snapshot, own) and not headed_by(item, mine or own) \
                    and not reads_day and (tape or speaking):
                continue
            tape.append(story)
        kept.append(entry)
    return kept


VIX_NEWS_PCT = 15.0
"""A VIX day change (%) this big either way is news for every instrument (angles.VIX_ANGLE_PCT)."""


def vix_adds(snapshot: Snapshot) -> bool:
    """The VIX says something about this instrument's day: it is the instrument's own gauge (its index
    is the one the gauge is computed from, its configured `underlying`: the S&P 500 for the VIX), it
    moved VIX_NEWS_PCT or more, or it went the same way as the price (hedging into gains, an orderly
    decline). Otherwise a falling VIX on an up day (or the reverse) is the
    routine line one session's articles would each print: the cross-market table carries it."""
    vix = next((m for m in snapshot.related if m.kind == "volatility"), None)
    if vix is None:
        return False
    own_index = vix.underlying is not None and any(
        m.role == RelatedRole.INDEX and m.symbol == vix.underlying for m in snapshot.related)
    same_way = vix.change_1d_pct * snapshot.returns.change_1d_pct > 0
    return own_index or abs(vix.change_1d_pct) >= VIX_NEWS_PCT or same_way


FLAT_PCT = 0.05
"""A day change under this (%) is no move: the instrument or the market stood still."""


def moved(change: float) -> Direction | None:
    return None if abs(change) < FLAT_PCT else "up" if change > 0 else "down"


def stands_apart(snapshot: Snapshot) -> Literal["still", "against"] | None:
    """'still' when the instrument barely moved, 'against' when every one of its peers and its
    benchmark went the other way; None when it went with them, ahead or behind, or they split. The
    lines this feeds say 'went the other way', 'while its peers fell', 'as the rest of the market
    rose': a claim about each peer, so each is checked, not their average (news day 2024-07-11 before
    edtake3: SPY, down 0.86% beside QQQ down 2.19%, 'went the other way' because IWM's 3.59% gain
    lifted the peers' average)."""
    own = moved(snapshot.returns.change_1d_pct)
    peers = [m.change_1d_pct for m in snapshot.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    if own is None:
        return "still"
    return "against" if peers and all(moved(p) not in (None, own) for p in peers) else None


def off_average(snapshot: Snapshot) -> bool:
    """The instrument moved, and the other way from its peers' and benchmark's average: a market
    split around it, which a wrap saying where the market went explains (not a claim about each
    peer: `stands_apart`)."""
    own = moved(snapshot.returns.change_1d_pct)
    peers = [m.change_1d_pct for m in snapshot.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    market = moved(sum(peers) / len(peers)) if peers else None
    return own is not None and market is not None and own != market


def relative_place(snapshot: Snapshot) -> Literal["least", "against"] | None:
    """Where the instrument's day sits among its peers and benchmark, when a lead crediting the
    market's driver would overstate it: 'least' when every one of them went its way and further, by
    PLACE_MARGIN_PP or more (a bond rally that lifted SPY 1.10% and IWM 0.30%), 'against' when every
    one went the other way; None when it led, sat in the middle, the peers split, or it stood still."""
    own = moved(snapshot.returns.change_1d_pct)
    peers = [m.change_1d_pct for m in snapshot.related if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)]
    if own is None or not peers:
        return None
    if all(moved(p) not in (None, own) for p in peers):
        return "against"
    own_size = abs(snapshot.returns.change_1d_pct)
    if all(moved(p) == own and abs(p) - own_size >= PLACE_MARGIN_PP for p in peers):
        return "least"
    return None


PLACE_MARGIN_PP = 0.25
"""A least-moved place needs every peer this much further (pp): news day 2022-09-13, small caps down
3.91% and the Dow down 3.96% fell together, and 'Small caps held up best' overstated 0.05 pp."""


ROTATION_PCT = 1.0
"""Each side of a rotation day moved this much or more (in %), one up and one down."""
ROTATION_SPREAD_PP = 3.0
"""The gap between the day's best and worst of the instrument and its peers, in pp, for a rotation."""


class Rotation(NamedTuple):
    """A rotation day among the instrument and its peers: the symbol that rose most (`to`) and the one
    that fell most (`out_of`), either of which can be the instrument itself."""

    to: str
    out_of: str


def rotation(snapshot: Snapshot) -> Rotation | None:
    """The session as a rotation between the instrument and its peers and benchmark: the best of them
    rose ROTATION_PCT or more, the worst fell as much, and ROTATION_SPREAD_PP or more lies between
    them. Such a day's news did not push the whole market one way, it moved money from one part of it
    to another (news day 2024-07-11: after a cooler CPI, small caps rose 3.59% and the Nasdaq 100 fell
    2.19%; 'the soft CPI report dragged the S&P 500 down' pinned the S&P 500's 0.86% loss on good
    news). None on any other day."""
    moves = {m.symbol: m.change_1d_pct for m in snapshot.related
             if m.role in (RelatedRole.PEER, RelatedRole.BENCHMARK)}
    if not moves:
        return None
    moves[snapshot.symbol] = snapshot.returns.change_1d_pct
    to, out_of = max(moves, key=moves.__getitem__), min(moves, key=moves.__getitem__)
    best, worst = moves[to], moves[out_of]
    if best < ROTATION_PCT or worst > -ROTATION_PCT or best - worst < ROTATION_SPREAD_PP:
        return None
    return Rotation(to, out_of)


def own_names(symbol: str, short_name: str, aliases: Iterable[str] = ()) -> re.Pattern[str]:
    """An instrument's names as a story prints them: its symbol and short name ('Dow', 'small caps'),
    and, when given, its configured aliases ('Russell 2000', 'megacap tech'): the names the verifier
    also reads as the instrument (its lexicon holds them), so a story naming one speaks of it."""
    return _terms_pattern([symbol, short_name, *aliases])


def own_terms(symbol: str, short_name: str, aliases: Iterable[str] = (),
              sectors: Iterable[str] = ()) -> re.Pattern[str]:
    """own_names with the instrument's sector and theme words (InstrumentConfig.sectors: 'chipmakers'
    for the Nasdaq 100, 'regional banks' for small caps): a story headlined on its part of the market
    ('Chip stocks sink before the open as a Chinese AI app tops download charts') is the instrument's
    own story of the day even when it never names the index. Only for choosing stories: a sentence
    citing such a story still needs the story to back it (the verifier reads no sector as the
    instrument)."""
    return _terms_pattern([symbol, short_name, *aliases, *sectors])


def _terms_pattern(names: Iterable[str]) -> re.Pattern[str]:
    stripped = {re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE) for name in names}
    terms = sorted({r"\s+".join(map(re.escape, term.split())) for term in stripped if term},
                   key=len, reverse=True)
    return re.compile(r"(?<![\w^])(?:" + "|".join(terms) + r")(?!\w)", re.IGNORECASE)


def speaks_for(item: NewsItem, snapshot: Snapshot, own: re.Pattern[str]) -> bool:
    """The story has a clause about the instrument (`own`: its names) that the article does not
    already print (`own_clause`). 'The S&P 500 lagged its equal-weight twin' speaks for SPY, while
    'the equal-weight version of the S&P 500 rose' is about another gauge; 'the Dow Jones
    Industrial Average rose 0.6%' only restates DIA's lead, and 'IWM trailed the SPDR S&P 500 ETF
    (SPY)' is about IWM."""
    return own_clause(item, snapshot, own) is not None


def headed_by(item: NewsItem, own: re.Pattern[str]) -> bool:
    """The story's headline opens on the instrument (`own`: its names): the instrument is what the
    story is about ('Small caps bear the brunt as higher-for-longer rates return'), so it is the
    instrument's own story even when no sentence of its text names it again."""
    found = own.search(item.title)
    return found is not None and not item.title[:found.start()].strip(" \t'\"\u2018\u201cThe")


_JOINER = re.compile(r"^(?:and|but|while|though|yet)\s+", re.IGNORECASE)


def own_clause(item: NewsItem, snapshot: Snapshot, own: re.Pattern[str]) -> str | None:
    """The story's first clause on the instrument, verbatim: it names the instrument before a verb
    of movement (the instrument is what the clause is about, and it says what it did), in a sentence
    that repeats none of the session's figures the article prints (`echoes`). The whole sentence when
    the clause is shorter than a claim (CLAIM_WORDS); None without such a clause."""
    known, (low, high) = session_figures(snapshot), CLAIM_WORDS
    for sentence in story_sentences(item.text)[:BODY_SENTENCES * 2]:
        if echoes(sentence, known):
            continue
        parts = _CLAUSE.split(sentence)
        for n, part in enumerate(parts):
            clause = _JOINER.sub("", _trim(part))
            named, verb = own.search(clause), first_move(clause)
            if not named or verb is None or named.start() > verb or _not_own(clause) \
                    or _names_another(clause, named, sentence):
                continue
            turned = _clipped_across_turn(parts, n + 1)
            for text in ((_trim(sentence),) if turned else (clause, _trim(sentence))):
                if low <= len(text.split()) <= (TURNED_WORDS if turned else high):
                    return text
    return None


_ARTICLE_FACT = re.compile(r"\bin a row\b|\bstraight (?:sessions?|days?|weeks?)\b|\bconsecutive\b|"
                           r"\bmoving average\b|\b\d+-day\b", re.IGNORECASE)
"""Words of a fact the article computes and states itself: a streak ('the sixth session in a row in
which IWM trailed SPY', stated from the bars in the next paragraph) or a moving average. Quoted as
the instrument's own line, such a clause says the article's own sentence twice."""


def _not_own(clause: str) -> bool:
    """A clause that is not the story's own line on the instrument: it states a fact the article
    computes (_ARTICLE_FACT), or it is a speaker's words (it opens a quotation: quoting it again
    needs the speaker, not the wire)."""
    return bool(_ARTICLE_FACT.search(clause)) or clause.startswith(("\u201c", '"'))


_PART_OR_VARIANT = (r"(?:version|edition|twin|counterpart|sub-?index|sub-?group|sub-?sector|sector|segment|"
                    r"industry|members?|constituents?|components?|stocks|names|leaders|laggards|heavyweights)")
_ANOTHER_BEFORE = re.compile(r"\b(?:equal[- ]weight(?:ed)?(?:\s+[a-z-]+)?|" + _PART_OR_VARIANT + r")\s+of\s+"
                             r"(?:the\s+)?$|\bequal[- ]weight(?:ed)?\s+(?:the\s+)?$", re.IGNORECASE)
_ANOTHER_AFTER = re.compile(r"(?:'s)?\s+(?:equal[- ]weight|(?:[a-z-]+\s+)?(?:sector|sub-?index|sub-?group|"
                            r"sub-?sector|industry group)\b)", re.IGNORECASE)
"""A name that qualifies another gauge or a part of the instrument's index: an equal-weight variant
('the equal-weighted version of the S&P 500 rose', 'the equal-weight Dow Jones index gained', 'the
S&P 500's equal-weight twin') or an industry group or slice of its members ('the bank subgroup of the
S&P 500', 'the S&P 500 energy sector', 'the heavyweights of the Nasdaq 100'): the clause is about
that other subject. Words that measure the instrument's own index stay its line ('the weighting of
small caps in the benchmark slipped', 'shares of the S&P 500 ETF', 'the cap-weighted S&P 500')."""
_BACK_TO_OWN = re.compile(r"\b(?:its|the)\s+(?:(?:market[- ])?cap[- ]weight(?:ed)?\s+|headline\s+)?"
                          r"(?:parent|namesake|index(?:'s)?)\b", re.IGNORECASE)
"""The other gauge measured against the instrument itself ('... lagged its cap-weighted parent', '...
rose, a reminder that the index losses came from a handful of very large names'): the clause
compares the two, so it tells the instrument's day too (how broad its move was)."""


def _names_another(clause: str, named: re.Match[str], sentence: str) -> bool:
    """The instrument's name in `clause` (`named`) qualifies another subject (_ANOTHER_BEFORE/AFTER)
    that its `sentence` does not measure against the instrument (_BACK_TO_OWN): 'the equal-weight Dow
    Jones index gained ground' is that gauge's day, while demo SPY's 'the equal-weight version of the
    S&P 500 lagged its cap-weighted parent' says the S&P 500's gain was narrow, a line of its own
    (and news-day SPY 2024-07-11's '... rose, a reminder that the index losses came from a handful
    of very large names' says its loss was)."""
    if _BACK_TO_OWN.search(sentence, sentence.find(clause) + named.end()):  # anywhere after the name
        return False
    return bool(_ANOTHER_BEFORE.search(clause[:named.start()])
                or _ANOTHER_AFTER.match(clause, named.end()))


def _one_per_theme(scored: list[tuple[float, NewsItem, StoryDigest]],
                   limit: int) -> list[tuple[float, NewsItem, StoryDigest]]:
    """The best story of each theme scoring at least THEME_FLOOR of the best, then the rest by
    score, at most PER_THEME of one theme."""
    top = scored[0][0] if scored else 0.0
    Entry = tuple[float, NewsItem, StoryDigest]
    first: list[Entry] = []
    rest: list[Entry] = []
    count: Counter[str] = Counter()
    for entry in scored:
        theme = entry[2].theme
        if count[theme] >= PER_THEME:
            continue
        leads = count[theme] == 0 and entry[0] >= THEME_FLOOR * top
        (first if leads else rest).append(entry)
        count[theme] += 1
    return (first + rest)[:limit]


def _theme_rank(theme: Theme) -> int:
    if theme == CALENDAR:
        return len(THEME_ORDER) + 1
    return THEME_ORDER.index(theme) if theme in THEME_ORDER else len(THEME_ORDER)


def _timestamp(item: NewsItem) -> float:
    return item.published_at.timestamp() if item.published_at else float("-inf")


CORRECTION_PCT = 10.0
"""A close this far or further under the record close is in a correction (the market's usual mark)."""
BEAR_PCT = 20.0
"""...and this far or further in a bear market."""


_MARKS: tuple[tuple[float, Literal["correction", "bear"]], ...] = ((BEAR_PCT, "bear"),
                                                                   (CORRECTION_PCT, "correction"))


class Milestone(NamedTuple):
    """The session's close crossed a drawdown mark: `kind` 'correction' or 'bear', `way` 'into' (the
    close went past the mark under the record close) or 'out' (it came back inside it)."""

    kind: Literal["correction", "bear"]
    way: Literal["into", "out"]


def drawdown_milestone(snapshot: Snapshot) -> Milestone | None:
    """The drawdown mark (BEAR_PCT, then CORRECTION_PCT under the record close) the session's close
    crossed, from the record close held and the day's move (the record is the same the day before
    unless the close set it): news day 2024-08-02, QQQ closed 10.78% under its record close, some 8.6%
    under it the day before, so the Nasdaq 100 ended in a correction. None on any other day, and with
    less than a year of bars (the record is then only the window's high)."""
    e = snapshot.extremes
    if not snapshot.has_full_year or e.new_all_time_high or e.all_time_high <= 0:
        return None
    change = snapshot.returns.change_1d_pct
    previous = snapshot.close / (1 + change / 100) if change > -100 else snapshot.close
    today = (1 - snapshot.close / e.all_time_high) * 100
    before = (1 - previous / e.all_time_high) * 100
    for mark, kind in _MARKS:
        if today >= mark > before:
            return Milestone(kind, "into")
        if before >= mark > today:
            return Milestone(kind, "out")
    return None


def drawdown_zone(snapshot: Snapshot) -> Literal["correction", "bear"] | None:
    """Where the close stands under the record close: in a bear market (BEAR_PCT or more), in a
    correction (CORRECTION_PCT or more), else None (and with less than a year of bars)."""
    if not snapshot.has_full_year:
        return None
    under = -snapshot.extremes.pct_from_ath
    return "bear" if under >= BEAR_PCT else "correction" if under >= CORRECTION_PCT else None
