"""The verifier's walk over a document: every sentence, table row and source through every check."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import partial

from ..contracts import (
    Article,
    CrossMarketRow,
    Finding,
    IndicatorRow,
    LevelRow,
    NewsItem,
    Severity,
    Snapshot,
    TradeSetup,
)
from . import (
    citations,
    cross_markets,
    dates,
    entry_dates,
    gauges,
    levels,
    magnitude,
    messages,
    number_words,
    positions,
    printed_order,
    pronoun_sides,
    range_lengths,
    ranking,
    scenarios,
    scores,
    story,
    table_rows,
    touches,
    track_record,
    values,
    week_rank,
    words,
)
from .article_document import article_document
from .asides import about_something_else
from .claims import Claim, ClaimKind, attributed, extract_claims, is_period_label
from .codes import finding
from .columns import other_thing_title
from .context import VerifyContext
from .document import Document, Paragraph, SourceEntry, TableRow, parse_document
from .guard import guarded
from .lookahead import leading
from .misprints import misprinted_level, misprinted_setup_part, setup_held
from .money_distances import distance_sized
from .numbers import citations_in, find_numbers, may_hold, sentences
from .quality import snapshot_quality
from .subjects import Mention, only_compared, sentence_topic
from .things import is_function_word, weights_title

_QUIZ_PROMPT = re.compile(r"\b(?:true or false|fact or fiction|true/false)\s*[:,?\-\u2013\u2014]",
                          re.IGNORECASE)
"""A statement put to a reader or a contestant to judge: a question, not the writer's claim."""
_QUIZ_PROMPT = leading(_QUIZ_PROMPT)  # see lookahead.py
_QUIZ_STEMS = ("true or false", "fact or fiction", "true/false")
"""What every match of _QUIZ_PROMPT holds (see numbers.may_hold): most sentences are turned away by it."""
_MISSING_WORD = re.compile(r"\b(nan|NaN|None(?! of\b| at all\b| too\b| whatsoever\b| so far\b| yet\b|"
                           r" [a-z]+(?:ed|en)\b)|null|undefined|inf|N/A)\b")
"""A value's placeholder printed as text; "None of that..." and "None required." (a past participle
after it: "None planned", "None taken") are English, not a missing value."""
_MISSING_WORD = leading(_MISSING_WORD)  # see lookahead.py
_MISSING_WORDS = ("nan", "NaN", "None", "null", "undefined", "inf", "N/A")
"""The placeholders _MISSING_WORD reads (case-sensitive): a text holding none of them holds no match."""


def _may_print_missing(text: str) -> bool:
    return any(word in text for word in _MISSING_WORDS)  # substring tests: cheaper than the search


def verify_document(doc: Document, ctx: VerifyContext) -> list[Finding]:
    ctx.forget()  # mentions and figures are remembered per document: each sentence is read several times
    citations.forget_loosened()  # and the cited sources' texts, loosened for the quotations they hold
    walk = _Walk(doc, ctx)
    found = guarded(lambda: [*snapshot_quality(ctx.snapshot), *_snapshot_match(doc, ctx)], section="header")
    found += guarded(walk.missing_values, section=None)
    found += guarded(lambda: citations.check_citations(doc.prose(), doc.sources, ctx, doc.marks),
                     section="sources")
    found += guarded(walk.scores, section=None)
    found += guarded(lambda: scenarios.check_scenarios(doc.prose(), ctx.snapshot), section="scenarios")
    found += guarded(lambda: track_record.check_track_record(doc.prose(), ctx), section=None)
    asked, last_section = "", None
    for paragraph in doc.paragraphs:
        if paragraph.section != last_section:
            asked, last_section = doc.questions.get(paragraph.section, ""), paragraph.section
        found += guarded(partial(walk.answer, asked, paragraph), section=paragraph.section)
        split = sentences(paragraph.text)  # split once: the walk reads these, the next paragraph its last
        found += walk.paragraph(paragraph, split)
        asked = split[-1] if split and split[-1].rstrip().endswith("?") else ""
    for row in doc.rows:
        found += guarded(partial(walk.row, row), section=row.section, text=row.text())
    found += _not_found_yet(guarded(lambda: story.check_story(doc, ctx), section=None), found)
    return _without_self_sources(messages.per_occurrence(found), ctx)


def verify_structured(article: Article, ctx: VerifyContext, markdown: str | None = None) -> list[Finding]:
    """An Article: the document its Markdown prints, built from its parts (its table rows checked
    from their fields), or `markdown` read as text when given; plus the checks only structure answers."""
    doc = article_document(article) if markdown is None else parse_document(markdown)
    found = verify_document(doc, ctx)
    for source in article.sources if ctx.sources_known else ():
        if source.item_id not in ctx.sources and not any(f.code == "source-not-ingested" for f in found):
            found.append(finding("source-not-ingested", f"source [{source.number}] has an item id that "
                                 "was not ingested", section="sources", span=source.url))
    if (article.instrument.symbol, article.session) != (ctx.snapshot.symbol, ctx.snapshot.session):
        found.append(_mismatch(article.instrument.symbol, str(article.session), ctx))
    return _unique(found)


class _Walk:
    def __init__(self, doc: Document, ctx: VerifyContext) -> None:
        self.doc = doc
        self.ctx = ctx
        self.entries: dict[int, SourceEntry] = {e.number: e for e in doc.sources}
        self.names = [*(a for a in ctx.lexicon.article_aliases if _DIGIT.search(a)), *ctx.extra_names]
        self.previous_moves: Carried = _none  # the signed % moves of the sentences before (their last)
        self.previous_prices: Carried = _none  # the sentence before's prices: differences of its prices
        self._unread = 0  # row sentences not read whose moves `previous_moves` reads when asked
        self.running: tuple[str, ...] | None = None
        self.aside = False  # the paragraph read names no instrument and no market word (asides.py)
        self._mixed: bool | None = None  # some paragraph of the text is about the market (_market_text)
        self.own = frozenset(ctx.lexicon.family_of(ctx.symbol))  # the article's instrument and its family
        self.previous = ""  # the paragraph's sentence before this one (an RSI named there carries over)
        self.following = ""  # the paragraph's sentence after this one (it may name what a question asked)
        self.answer_after = ""  # and the one after that (the answer when `following` is a question)
        self.carried_ratio: frozenset[str] = frozenset()  # an R multiple (and the risk and reward in money)
        # the sentence before read with its setup
        self.position: levels.Position | None = None  # the position the text opened, for a later stop
        self.written = number_words.Rewritten("", ())  # the paragraph's subject when not the article's
        self.read_sources = ctx.source_words  # the cited sources' words, read once per context
        self.items: dict[int, NewsItem | None] = {}  # the item each citation number resolves to, once
        self._subject_of: tuple[tuple[str, tuple[str, ...] | None], Snapshot | bool | None] | None = None
        self.item_texts: dict[str, str] = {}  # each cited item's text (citations.source_text), once

    # --- whole-document checks -----------------------------------------------------------------
    def missing_values(self) -> list[Finding]:
        texts = [*self.doc.prose(), *((row.section, row.text()) for row in self.doc.rows)]
        return [finding("text-missing-value", f"'{m.group(0)}' printed where a value belongs",
                        section=section, span=m.group(0))
                for section, text in texts if _may_print_missing(text) for m in _MISSING_WORD.finditer(text)]

    def scores(self) -> list[Finding]:
        stated = [s for section, text in self.doc.prose() for s in scores.stated_scores(text, section)]
        return scores.check_scores(stated, self.ctx.scores)

    # --- prose ---------------------------------------------------------------------------------
    def answer(self, question: str, paragraph: Paragraph) -> list[Finding]:
        """A question (a heading, or the paragraph before's last sentence) answered 'Yes' at the start
        of this paragraph ("### Is SPY overbought?" / "Yes. The RSI is 55.0"): the question's words,
        read with their answer, are a claim."""
        said = _ANSWER_OPENS.match(paragraph.text) if question else None
        if said is None:
            return []
        joined = f"{question.strip()} {said.group('answer')}."
        subject = self._sentence_subject(question)
        if subject is False:
            return []
        peer = subject if isinstance(subject, Snapshot) else None
        answered = " ".join(sentences(paragraph.text)[:2])  # "Yes. The 14-day RSI is 55.0": what was asked
        return [f for f in words.check_words(joined, paragraph.section, self.ctx, peer, following=answered)
                if f.span == said.group("answer")]

    def paragraph(self, paragraph: Paragraph, split: list[str]) -> list[Finding]:
        """The paragraph's sentences (`split`: `sentences(paragraph.text)`), read in order."""
        self.previous_moves, self.previous_prices, self._unread = _none, _none, 0
        self.running = None
        self.previous = ""
        self.aside = self._market_text() and about_something_else(paragraph.text, self.ctx.lexicon)
        found: list[Finding] = []
        session = self.ctx.snapshot.session
        heading = entry_dates.entry_heading(split[0], session) if split else None  # "Mon Nov 9. IWM closed"
        for n, sentence in enumerate(split):
            self.following = split[n + 1] if n + 1 < len(split) else ""
            self.answer_after = split[n + 2] if n + 2 < len(split) else ""
            self._follow_subject(sentence)
            read = entry_dates.dated_by_heading(sentence, heading, session) if n else sentence
            found += guarded(partial(self.sentence, read, paragraph.section),
                             section=paragraph.section, text=sentence)
            self.previous = sentence
        self.running, self.previous, self.following, self.answer_after = None, "", "", ""
        self.aside = False
        return found

    def _market_text(self) -> bool:
        """Whether some paragraph of the text names an instrument or a market word: only then is a
        paragraph naming neither an aside about something else (a snow report's lifts beside the
        market's lines). A text with no such paragraph ("Margins expanded 12.5%.") is the article's own
        claim, its figures read against the article's instrument."""
        if self._mixed is None:
            lexicon = self.ctx.lexicon
            self._mixed = any(not about_something_else(text, lexicon) for _, text in self.doc.prose())
        return self._mixed

    def _follow_subject(self, sentence: str) -> None:
        """A sentence that opens with an instrument makes it the paragraph's running subject."""
        mentions = self.ctx.lexicon.mentions(sentence)
        topic = sentence_topic(sentence, mentions)
        if any(not self.own.isdisjoint(m.symbols) for m in mentions):
            self.running = None  # a comparison with the article's own instrument hands the paragraph back
        elif topic is not None and self._roll_call(sentence, mentions):
            self.running = None  # "QQQ fell more (-1.44%), SPY less and DIA lost 1.04%.": a round of peers,
            # each with its own figure; "It" after it is the text's own instrument again, not the last named
        elif topic is not None:
            self.running = topic
        elif self.running is not None and only_compared(sentence, mentions, self.running):
            self.running = None  # "... behind SPY": measured against it, the sentence is the article's own
        elif self.running is not None and not mentions and self._own_figures(sentence, self.running):
            self.running = None  # "RSI 23.0, oversold." after the S&P 500's move: the text's own again

    def _roll_call(self, sentence: str, mentions: Sequence[Mention]) -> bool:
        """A sentence naming three or more other instruments with a % each (a round of the peers'
        moves): it hands the paragraph no running subject."""
        others = {m.symbols for m in mentions if self.own.isdisjoint(m.symbols)}
        return len(others) >= 3 and sum(n.unit == "pct" for n in find_numbers(sentence, self.names)) >= 3

    def _own_figures(self, sentence: str, running: tuple[str, ...]) -> bool:
        """A sentence naming no instrument after one that turned to another (`running`) is the text's
        own again when it does not point back ("It closed at ...", "Its RSI ...") and more of its figures
        show only the text's own instrument's facts than show only the running subject's ("Soundings:
        50-day average 39,210.55" in the index's notice after "Elsewhere the S&P 500 rose 1.11%"). A
        figure neither shows (a wrong one) leaves the sentence to the running subject."""
        if _POINTS_BACK.match(sentence):
            return False
        theirs = {m for s in running for m in self.ctx.lexicon.family_of(s)}
        balance = 0
        for number in find_numbers(sentence, self.names):
            if not number.decimals and number.unit is None and number.value < 10:
                continue  # a one-digit count ("No. 4)", "3 touches") shows too many facts to tell
            owners = {sf.subject for sf in self.ctx.showing(number) if not sf.name.startswith("xmkt_")}
            balance += bool(owners & self.own) and owners.isdisjoint(theirs)
            balance -= bool(owners & theirs) and owners.isdisjoint(self.own)
        return balance > 0

    def sentence(self, sentence: str, section: str, *, prices: Iterable[Claim] = ()) -> list[Finding]:
        """Every check on one sentence, its number words read as digits ("two percent" as 2%). A quiz's
        prompt ("true or false, IWM closed above its 50-day") asks and claims nothing; its answer does."""
        if may_hold(sentence, _QUIZ_STEMS) and _QUIZ_PROMPT.search(sentence):
            return []
        self.written = number_words.rewrite(sentence)
        found = self._read(self.written.text, section, prices=prices)
        if section != "sources":
            found += magnitude.check_magnitude_words(self.written.text, section, self.ctx)
        return _unique(number_words.restore(found, self.written))  # one finding per fault in a sentence

    def _read(self, sentence: str, section: str, *, prices: Iterable[Claim] = ()) -> list[Finding]:
        numbers = citations_in(sentence)
        cited = self._cited(numbers)
        source_text = "\n".join(self._source_text(item) for _, item in cited)
        if self.ctx.sources_known and len(cited) < len(numbers):  # one cites an unknown item
            source_text += "\n" + sentence  # its citation is already a finding: one fault, one finding
        misquotes: list[tuple[int, int]] = []
        as_written = sentence  # its quotations kept: whose words they are (citations.misattributed)
        if cited and section != "sources" and not (self.ctx.sources_known and len(cited) < len(numbers)):
            misquotes = citations.misquotations(sentence, source_text)  # words the source never said
            sentence = citations.misquoted(sentence, misquotes)  # are the writer's
        read = self._claims_of(sentence, section, self.written, self.running)
        if misquotes:
            read = read.misquoting(misquotes)
        macro = cross_markets.check_market_claims([(read.every[n], key) for n, key in read.world.items()],
                                                  self.ctx, source_text)
        if section != "sources":
            macro += cross_markets.check_market_words(sentence, section, read.every, self.ctx.lexicon,
                                                      self.ctx)
        macro += gauges.check_gauge_claims([(read.rest[n], key) for n, key in read.owned.items()], self.ctx,
                                           source_text)
        claims = read.own
        moves = read.moves()
        near = _Neighbours(self.previous_moves, moves, [*prices, *(c for c in claims if self._price_like(c))],
                           self.previous_prices, self.previous)
        if moves:
            self.previous_moves, self._unread = lambda: moves, 0
        self.previous_prices = read.prices
        if section == "sources":
            return [*self._claims(claims, near, source_text), *dates.check_dates(sentence, section, self.ctx,
                                                                                 source_text)]
        close = self._close_for(sentence)
        found: list[Finding] = []
        if not attributed(sentence):  # another source's levels and forecast are its claims (asked once)
            found += [self._misprinted_level(level, f)
                      for level in levels.prose_levels(sentence, section, self.names,
                                                       self._averages_for(sentence))
                      if not distance_sized(level.high, close)  # "That is $12 above the close": a distance
                      for f in levels.level_side(level, close)]
            found += touches.check_touch_counts(sentence, section, self.ctx, self.previous)
            found += week_rank.check_week_rank(sentence, section, self.ctx)
            found += printed_order.check_printed_order(sentence, section, self.ctx)
            found += range_lengths.check_fused_range_lengths(sentence, section, self.ctx)
        held = self.position
        setups = levels.prose_setups(sentence, section, self.names, held) if _mentions_setup(sentence) else []
        self.position = levels.position_taken(sentence, self.names) or held
        fills = levels.own_fills(sentence, self.names)  # the writer's own trades' figures,
        fills |= {n.text for s in setups if held and s.entry is held.entry
                  for n in (s.stop, s.target)}  # and the plan on a position of theirs
        carried, self.carried_ratio = self.carried_ratio, frozenset()
        alone = len(setups) == 1 and setups[0].reward_risk is None
        following = number_words.rewrite(self.following) if alone else None
        ratio = levels.trailing_ratio(following.text) if following is not None else None
        stakes = None
        if following is not None and ratio is None and "?" in following.text:  # "target $691.80. What is
            # the reward-to-risk? (About 3.3.)": the figure answering the question after the setup
            after = number_words.rewrite(self.answer_after)
            ratio, answered_after = levels.answered_ratio(following.text, after.text)
            following = after if answered_after else following
        if following is not None and ratio is not None:  # "stop $211.17, tgt $192.43. 4.4R": the R multiple
            # is this setup's, quoted as written ("Roughly four to one.")
            said = replace(ratio, text=following.original_of(ratio.text) or ratio.text)
            setups, self.carried_ratio = [replace(setups[0], reward_risk=said)], frozenset((ratio.text,))
            stakes = levels.trailing_stakes(following.text)  # "We risk $5.99 to make $9.51, about 1.6 to 1."
            self.carried_ratio |= {n.text for n in stakes or ()}
            if stakes is not None and levels.stakes_agree(*stakes, ratio) and not self._setup_held(setups[0]):
                # the setup's own figure is wrong if any: its checks below name it (a setup that is the held
                # one keeps its stakes checked: "$8.50 risk for $19.31 reward, 2.4R" on a held $8.05 risk)
                setups, stakes = [replace(setups[0], reward_risk=None)], None
        for setup in setups:
            found += self._misprinted_setup(setup, levels.check_setup(setup))
        own = levels.stakes_in(sentence) if len(setups) == 1 and stakes is None and not found else None
        if own is not None and (self._setup_held(setups[0]) or setups[0].reward_risk is not None
                                and not levels.stakes_agree(*own, setups[0].reward_risk)):
            # "..., target $622.21: $7.00 of risk for $11.86 of reward, about 1.7 to 1": the risk and reward
            # told beside a setup that stands (the held one, or one its ratio fits when they do not), held
            # to its entry, stop and target
            fills |= {n.text for n in own}
            found += levels.check_stakes(setups[0], *own)
        if following is not None and stakes is not None:
            if not any(f.code == "setup-geometry" for f in found):  # a broken setup is one finding
                risk, reward = (replace(n, text=following.original_of(n.text) or n.text) for n in stakes)
                found += levels.check_stakes(setups[0], risk, reward)
        if not setups or not found:  # a broken setup or level is one finding, not one per figure
            taken = {f.span for f in found} | {n.text for f in found for n in find_numbers(f.span or "")}
            taken |= {s.reward_risk.text for s in setups if s.reward_risk is not None}  # checked against
            # its entry, stop and target
            taken |= carried  # the sentence before checked it with its setup
            taken |= fills
            found += self._claims([c for c in claims if c.span not in taken], near, source_text)
        found += [f for f in macro if f.span not in fills] + self._words(sentence, section)
        found += self._positions(sentence, section)
        if self._sentence_subject(sentence) is None:  # the article's own instrument: its averages
            found += pronoun_sides.check_pronoun_sides(sentence, section, self.ctx)
        found += [f for f in words.check_move_words(sentence, section, self.ctx)
                  if not any(f.span and f.span in g.span for g in found if g.span)]
        found += ranking.check_rank_words(sentence, section, self.ctx, own_paragraph=self.running is None)
        found += ranking.check_group_place(sentence, section, self.ctx)
        found += ranking.check_bare_comparisons(sentence, section, self.ctx)
        found += ranking.check_all_way(sentence, section, self.ctx)
        found += ranking.check_group_more(sentence, section, self.ctx)
        found += ranking.check_day_way(sentence, section, self.ctx)
        found += ranking.check_peer_comparisons(sentence, section, self.ctx,
                                                own_paragraph=self.running is None)
        found += self._dates(sentence, section, source_text)
        if misquotes:
            found = _misquoted_figures(found, citations.misquoted_figures(sentence, misquotes, source_text),
                                       section)
        found += citations.check_support(sentence, section, cited, self.ctx, self.read_sources,
                                        self.doc.marks, [f.span for f in found
                                                         if f.severity == Severity.ERROR and f.span],
                                        written=as_written)
        return found

    def _claims_of(self, sentence: str, section: str, written: number_words.Rewritten,
                   running: tuple[str, ...] | None) -> _Read:
        """A sentence's claims, those of the world's markets and of the gauges set apart."""
        every = number_words.approximate(extract_claims(sentence, section, self.ctx.lexicon, self.names,
                                                        running), written)
        world = {} if section == "sources" else cross_markets.owners(sentence, every, self.ctx.lexicon)
        rest = [c for n, c in enumerate(every) if n not in world]
        owned = {} if section == "sources" else gauges.owners(sentence, rest, self.ctx.lexicon)
        return _Read(every, world, rest, owned, [c for n, c in enumerate(rest) if n not in owned])

    def _checked_from_fields(self, sentence: str, section: str) -> bool:
        """A row sentence whose figures the row's fields showed to be the data's: not read now. What
        it hands the next sentence (its signed moves, or those handed to it when it has none, and its
        prices) is read only if a check there asks for it."""
        if section == "sources" or _mentions_setup(sentence):
            return False
        running = self.running

        kept: list[_Read] = []  # read once, when first asked (a closure: functools.cache costs more)

        def read() -> _Read:
            if not kept:
                written = number_words.rewrite(sentence)
                kept.append(self._claims_of(written.text, section, written, running))
            return kept[0]

        before = self.previous_moves
        self.previous_moves = lambda: read().moves() or before()
        self.previous_prices = lambda: read().prices()
        self.carried_ratio = frozenset()
        self._unread += 1
        if self._unread > _UNREAD:  # a long table: read its rows now rather than nest the reads deeper
            moves = self.previous_moves()
            self.previous_moves, self._unread = lambda: moves, 0
        return True

    def _dates(self, sentence: str, section: str, source_text: str) -> list[Finding]:
        """The dates of a sentence; in one naming markets outside the US session, a bare weekday is
        checked against those markets' sessions, not the article's."""
        found = dates.check_dates(sentence, section, self.ctx, source_text)
        if not cross_markets.named_markets(sentence):
            return found
        return [*(f for f in found if f.source != "snapshot.session"),
                *cross_markets.check_market_dates(sentence, section, self.ctx)]

    def _misprinted_level(self, level: levels.LevelClaim, found: Finding) -> Finding:
        """A level on the wrong side (`found`) that prints a held level of the side its words give with its
        digits in another order ("Overhead: $602" beside a held $620): that level misprinted, its
        `value-mismatch` (misprints.misprinted_level)."""
        numbers = find_numbers(level.span)
        held = misprinted_level(numbers[0], levels.said_above(level), self.ctx) \
            if len(numbers) == 1 and not level.named and found.code == "level-wrong-side" else None
        if held is None:
            return found
        return finding("value-mismatch", f"{numbers[0].text} is not {held.subject} "
                       f"{values.plain_name(held.name)}",
                       section=level.section, span=numbers[0].text, expected=held.fact.printed(),
                       source=f"{held.subject}: {held.fact.source or held.fact.name}")

    def _setup_held(self, setup: levels.SetupClaim) -> bool:
        """The setup's entry, stop and target are the held setup's (misprints.setup_held)."""
        return setup_held((("entry", setup.entry), ("stop", setup.stop), ("target", setup.target)),
                          setup.direction, self.ctx)

    def _misprinted_setup(self, setup: levels.SetupClaim, found: list[Finding]) -> list[Finding]:
        """A setup's broken geometry or ratio (`found`) told as the held setup's entry, stop or target
        misprinted when one of its figures prints that part's digits in another order: that figure's
        `value-mismatch` (one fault, one finding); so is such a figure in a setup whose geometry and ratio
        still stand ("buy $630.65, stop $620.12, target $655.61 (2.4R)" on a held entry of $630.56)."""
        parts = (("entry", setup.entry), ("stop", setup.stop), ("target", setup.target))
        misprint = misprinted_setup_part(parts, setup.direction, self.ctx)
        if misprint is None:
            return found
        number, held = misprint
        label = held.name.replace("_", " ")
        return [finding("value-mismatch", f"{number.text} is not {held.subject} {label}",
                        section=setup.section, span=number.text, expected=held.fact.printed(),
                        source=f"{held.subject}: {held.fact.source or held.fact.name}")]

    def _price_like(self, claim: Claim) -> bool:
        """A '$' figure, or a bare one near the close (an index level printed without a unit)."""
        if claim.number.unit == "price":
            return True
        close = self.ctx.snapshot.close
        return claim.number.unit is None and 0.5 < claim.number.value / close < 2 if close else False

    def _claims(self, claims: list[Claim], near: values.Neighbours, source_text: str) -> list[Finding]:
        if self.aside:
            claims = [replace(claim, aside=True) for claim in claims]
        return _one_turned_move([f for claim in claims for f in messages.with_nearest(guarded(
            partial(values.check_claim, claim, self.ctx, near, source_text), section=claim.section,
            text=claim.span), claim, self.ctx)])

    def _cited(self, numbers: Iterable[int]) -> list[tuple[int, NewsItem]]:
        cited = []
        for number in numbers:
            if number not in self.items:
                self.items[number] = citations.item_for(self.entries.get(number), self.ctx)
            item = self.items[number]
            if item is not None:
                cited.append((number, item))
        return cited

    def _source_text(self, item: NewsItem) -> str:
        text = self.item_texts.get(item.item_id)
        if text is None:
            text = self.item_texts[item.item_id] = citations.source_text(item)
        return text

    def _words(self, sentence: str, section: str) -> list[Finding]:
        subject = self._sentence_subject(sentence)
        if subject is False:
            return words.check_words(sentence, section, self.ctx, only_topics=("vix",))
        peer = subject if isinstance(subject, Snapshot) else None
        return words.check_words(sentence, section, self.ctx, peer, previous=self.previous,
                                 following=self.following)

    def _positions(self, sentence: str, section: str) -> list[Finding]:
        """The close's place in a range, against a band or beside a price, said in words."""
        subject = self._sentence_subject(sentence)
        if subject is False:
            return []
        snapshot = subject if isinstance(subject, Snapshot) else self.ctx.snapshot
        return positions.check_positions(sentence, section, snapshot, self.previous)

    def _sentence_subject(self, sentence: str) -> Snapshot | bool | None:
        """The snapshot a sentence's words are about: the article's, a peer's, or False (unknown); read
        once per sentence (the level, word and position checks all ask)."""
        key = (sentence, self.running)
        if self._subject_of is None or self._subject_of[0] != key:
            self._subject_of = (key, self._subject_now(sentence))
        return self._subject_of[1]

    def _subject_now(self, sentence: str) -> Snapshot | bool | None:
        mentioned = {s for m in self.ctx.lexicon.mentions(sentence) for s in m.symbols}
        mentioned = mentioned or set(self.running or ())
        if not mentioned or mentioned & self.own:
            return None
        known = self.ctx.lexicon.instruments
        families = {known[s].family for s in mentioned if s in known}
        if len(families) == 1:
            peer = next((self.ctx.peers[s] for s in mentioned if s in self.ctx.peers), None)
            if peer is not None:
                return peer
        return False

    def _averages_for(self, sentence: str) -> dict[int, float]:
        """The moving averages of the sentence's subject, by their days (none when it is unknown)."""
        subject = self._sentence_subject(sentence)
        if subject is False:
            return {}
        trend = (subject if isinstance(subject, Snapshot) else self.ctx.snapshot).trend
        return {days: value for days, value in ((20, trend.sma_20), (50, trend.sma_50), (200, trend.sma_200))
                if value is not None}

    def _close_for(self, sentence: str) -> float:
        subject = self._sentence_subject(sentence)
        return subject.close if isinstance(subject, Snapshot) else self.ctx.snapshot.close

    # --- tables --------------------------------------------------------------------------------
    def row(self, row: TableRow) -> list[Finding]:
        header = " ".join(row.header).lower()
        if "entry" in header and "stop" in header:
            return self._setup_row(row)
        if ("type" in header or "kind" in header) and ("price" in header or "zone" in header):
            return self._level_row(row)
        if row.cell("indicator") is not None:
            return self._indicator_row(row)
        if row.cell("symbol") is not None and row.cell("close") is not None:
            return self._market_row(row)
        if row.cell("time frame", "horizon") is not None:
            return self.sentence(row.cell("reasoning") or "", row.section)
        side = row.cell("side", "role")
        sided = levels.table_level(row) if side is not None else None
        if not sided:
            return self._generic_row(row)
        counted = touches.check_touch_counts(f"{sided.span} {side}", row.section, self.ctx)  # "6 touches"
        return levels.level_side(sided, self.ctx.snapshot.close) + counted + self._generic_row(row)

    def _generic_row(self, row: TableRow) -> list[Finding]:
        """Any other table: each cell read with its row's label and its column's header
        ("QQQ vs 50-day +0.53%", "IWM 1-month -1.65%")."""
        if any(_ODDS_TITLE.fullmatch(title.strip()) for title in row.header):
            return []  # a betting market's contracts: their prices are odds, their volumes its own
        if self._entrant_row(row):
            return []  # "| Rank | Team | Return |": a team's own return, no instrument's
        weights = any(weights_title(title) for title in row.header)  # a portfolio's shares, no market's %
        counted = any(_COUNT_CELL.fullmatch(cell.strip()) and self._other_things_column(title)
                      for title, cell in zip(row.header, row.cells, strict=False))  # "| Companies | Share |"
        first = row.cells[0] if row.cells else ""
        condition = bool(row.header) and _CONDITION_TITLE.match(row.header[0]) is not None
        found = self.sentence(first, row.section) if _DIGIT.search(first) and not condition else []
        named = self._row_instrument(row)
        label = row.cells[named] if named else _condition_measure(first) if condition else first
        percent = bool(row.header) and "%" in row.header[0]  # "Performance (%)": every cell a percentage
        for n, (title, cell) in enumerate(zip(row.header, row.cells, strict=False)):
            if n and n != named and _DIGIT.search(cell) and not self._other_things_column(title) \
                    and not (weights and _SHARE_CELL.fullmatch(cell.strip()) and _share_title(title)) \
                    and not (counted and _SHARE_CELL.fullmatch(cell.strip())
                             and _PART_TITLE.fullmatch(title.strip())):
                cell = f"{cell}%" if percent and _BARE_FIGURE.fullmatch(cell) else cell
                window = "" if _PLAIN_TITLE.fullmatch(title.strip()) else _WINDOW_TITLE.sub(r"\1-\2", title)
                window = _VS_AVERAGE_TITLE.sub(r"vs \1-day", window)  # a screener's "vs50": the 50-day
                if window and self._names_own(window):  # "| HUD stat | QQQ |" in QQQ's text: "RSI (14) 56.4"
                    window = ""
                if is_period_label(title):  # "| QQQ | ... | Week | +1.28% |": the week's move, cut off
                    window = f"| {window}"  # from the label as a desk's "QQQ | Wk +1.28%" is
                found += self.sentence(f"{label} {window} {cell}" if window else _cell_said(label, cell),
                                       row.section)
        return found

    def _entrant_row(self, row: TableRow) -> bool:
        """A row of a standings table whose entrant is no instrument: a column titled by who takes part
        ("Team", "Player", "Student", "Entrant") and, in this row, a name no instrument goes by ("Bear
        Necessities"). Its figures (a return, a drawdown, trades) are that entrant's own record."""
        return any(_ENTRANT_TITLE.fullmatch(title.strip()) and cell.strip() and not _DIGIT.search(cell)
                   and not self.ctx.lexicon.mentions(cell)
                   for title, cell in zip(row.header, row.cells, strict=False))

    def _other_things_column(self, title: str) -> bool:
        """A column titled by a plural noun of another thing ("| Day | Spot | Tickets | Sales |" of a food
        truck's week, "| Loaves |"): its cells count or price those things, not the row's instrument's
        data. Not a column titled by an instrument ("| Metric | SPY |"), a window ("1D"), a function word, a
        market word ("Close", "Chg"), a singular ("Side", "Avg ticket") or a level's tests ("Touches")."""
        words = re.findall(r"[A-Za-z]+", title)
        return bool(words) and all(len(w) >= _NOUN_LENGTH and not is_function_word(w) for w in words) \
            and words[-1].lower().endswith("s") and not words[-1].lower().endswith("ss") \
            and words[-1].lower() not in _LEVEL_TESTS and not self.ctx.lexicon.mentions(title) \
            and not is_period_label(title) and other_thing_title(title)

    def _row_instrument(self, row: TableRow) -> int | None:
        """The cell after the first that is only an instrument's name, when the first names none (a
        leaderboard "| 1 | DIA | $466.92 | -0.20% |": the row is DIA's, the rank is not its label)."""
        if not row.cells or self._names_instrument(row.cells[0]):
            return None
        return next((n for n, cell in enumerate(row.cells) if n and not _DIGIT.search(cell)
                     and self._names_instrument(cell)), None)

    def _names_own(self, title: str) -> bool:
        """A column titled by the text's own instrument: its cells are the text's own figures, read with the
        row's label alone ("RSI (14) 56.4"; "RSI (14) QQQ 56.4" would read 56.4 as a QQQ price)."""
        symbols = {s for m in self.ctx.lexicon.mentions(title) for s in m.symbols}
        return bool(symbols) and symbols <= self.own and len(title.split()) <= 2

    def _names_instrument(self, cell: str) -> bool:
        """The cell is an instrument's name and little else ("DIA", "QQQ (hero)", "SPY the Knight")."""
        mentions = self.ctx.lexicon.mentions(cell)
        return len({s for m in mentions for s in m.symbols}) == 1 and len(cell.split()) <= 4

    def _level_row(self, row: TableRow) -> list[Finding]:
        level = levels.table_level(row)
        price = row.cell("price", "zone", "level") or ""
        note = row.cell("note", "significance", "comment") or ""
        found = levels.level_side(level, self.ctx.snapshot.close) if level else []
        origin = row.origin if isinstance(row.origin, LevelRow) else None
        holds = origin is not None and table_rows.level_price_holds(origin, self.ctx.snapshot)
        if origin is not None and holds and not found and table_rows.level_note_holds(
                origin, self.ctx.snapshot, self.ctx.sheet) and self._checked_from_fields(note, row.section):
            return found  # the note as the data prints it: read only if a later check asks
        price_claims = extract_claims(price, row.section, self.ctx.lexicon, self.names)  # the note's too
        if not found and not holds:
            found += [f for c in price_claims for f in values.check_claim(c, self.ctx, _no_neighbours(), "")]
        return found + self.sentence(note, row.section, prices=price_claims)

    def _setup_row(self, row: TableRow) -> list[Finding]:
        setup = levels.table_setup(row)
        found = levels.check_setup(setup) if setup else []
        holds = isinstance(row.origin, TradeSetup) and row.origin in self.ctx.snapshot.setups
        for name in ("entry", "stop", "target") if not found and not holds else ():
            cell = row.cell(name) or ""
            for claim in extract_claims(cell, row.section, self.ctx.lexicon, self.names):
                found += values.check_claim(claim, self.ctx, _no_neighbours(), "")
        return found  # a trigger ("a close above the 200-day") is a condition, not a claim

    def _indicator_row(self, row: TableRow) -> list[Finding]:
        name = row.cell("indicator") or ""
        value = row.cell("value") or ""
        reading = row.cell("reading", "signal", "note") or ""
        stated = f"{name} {value}"
        holds = isinstance(row.origin, IndicatorRow) and table_rows.indicator_value_holds(row.origin,
                                                                                           self.ctx.sheet)
        if not (holds and self._checked_from_fields(stated, row.section)):
            found = self.sentence(stated, row.section)
        else:
            found = []
        said = f"{name}: {reading}"
        if isinstance(row.origin, IndicatorRow) and table_rows.indicator_reading_holds(
                row.origin, self.ctx.sheet, self.ctx.scores) and self._checked_from_fields(said, row.section):
            return found
        return found + self.sentence(said, row.section)

    def _market_row(self, row: TableRow) -> list[Finding]:
        symbol = (row.cell("symbol") or "").strip()
        close = row.cell("close") or ""
        change = row.cell("1-day", "change", "day") or ""
        stated = f"{symbol} closed at {close}; {symbol} {change}"
        holds = isinstance(row.origin, CrossMarketRow) and table_rows.market_row_holds(
            row.origin, self.ctx.snapshot, self.ctx.peers)
        if holds and self._checked_from_fields(stated, row.section):
            return []
        return self.sentence(stated, row.section)


_ANSWER_OPENS = re.compile(r"^\s*(?:\*\*[^*\n]{1,40}:\*\*\s*|[A-Z][A-Za-z .]{0,30}:\s+)?[*_]*"
                           r"(?P<answer>Yes|Yep)\b")
"""A paragraph opening on 'Yes', maybe after a speaker's name ("**BRANDT:** Yes, at 48 and change")."""
_UNREAD = 64
_POINTS_BACK = re.compile(r"^[\s\"\u201c(*_]*(?:it|its|it's|it\u2019s|they|their|theirs|which)\b",
                          re.IGNORECASE)
"""A sentence opening on a pronoun: it goes on about the instrument the sentence before named."""
_DIGIT = re.compile(r"\d")
_ENTRANT_TITLE = re.compile(r"(?:team|player|student|entrant|participant|contestant|competitor|member|club|"
                            r"school|crew|squad|pupil|runner|rider|driver)(?:\s+name)?s?", re.IGNORECASE)
"""A standings column naming who takes part (a cup's teams, a league's players)."""
_BARE_FIGURE = re.compile(r"[+\-\u2212]?\d[\d,]*(?:\.\d+)?")
_PLAIN_TITLE = re.compile(r"(?:figures?|values?|amounts?|numbers?|data|stats?|statistics?|details?|#)?",
                          re.IGNORECASE)
"""A column's header that names nothing ("| Item | Figure |"): the row's label names its cell alone
("52-week low $423.43", not "52-week low Figure $423.43", where the label no longer binds the figure)."""
_AVERAGE_LABEL = r"(?P<what>(?:the\s+|its\s+)?(?:\d+-day|\d+d\b|SMA|MA\b|EMA|moving average).*)"
_SIDE_LABEL = re.compile(r"(?:(?:distance|gap|height|depth)\s+)?(?P<side>above|below|over|under)\s+"
                         + _AVERAGE_LABEL, re.IGNORECASE)
"""A row labelled by a side of an average ("Distance above 50-day ($601.02)"): its % cell is the distance."""
_SIGNED_SIDE_LABEL = re.compile(r"(?:distance|gap|spread)\s+(?:from|to|vs\.?|versus)\s+" + _AVERAGE_LABEL,
                                re.IGNORECASE)
_SIGNED_PERCENT = re.compile(r"(?P<sign>[+\-\u2212])(?P<size>\d[\d,]*(?:\.\d+)?%)")
"""A row labelled by an average with no side, its signed % cell giving the side ("Distance from 50-day |
-10.65%"): the distance below the average."""
_POINTS_LABEL = re.compile(r"(?P<name>.*?)\s*\((?:points|pts\.?)\)", re.IGNORECASE)
"""A row's label carrying its cell's unit in brackets ("Change (points) | -321.84"): the figure in points."""
_PERCENT_CELL = re.compile(r"[+\-\u2212]?\d[\d,]*(?:\.\d+)?%")
_PAIR_SPLIT = re.compile(r"\s+/\s+")


_LEVEL_TESTS = frozenset("touches tests retests contacts hits bounces rejections holds".split())
"""Counts of a level's tests: a column of them is the level's ("| Zone | Price | Touches |")."""
_NOUN_LENGTH = 3
"""A column title's words this long at least are read as nouns ("1D", "Wk" are a window's shorthand)."""
def _share_title(title: str) -> bool:
    """A weights table's column of portfolio shares: a weight's or a tilt's ("Strategic weight", "Our
    tilt") or one naming no market measure and no period ("Now", "Current"); not "Day", "1 month" or
    "Price", whose cells are the fund's moves and prices."""
    return weights_title(title) or not is_period_label(title) and other_thing_title(title)


_COUNT_CELL = re.compile(r"\d[\d,]*")
_PART_TITLE = re.compile(r"(?:share|%|pct|percent(?:age)?|proportion|portion)(?:\s+of\s+(?:the\s+)?\w+)?"
                         r"(?:\s*\(%\))?", re.IGNORECASE)
"""A column of parts beside a count of other things ("| | Companies | Share |": 389 companies, 79% of those
reporting): each % is that count's share of the whole, no move of the market."""
_SHARE_CELL = re.compile(r"[+\-\u2212]?\d+(?:\.\d+)?\s?%")
"""A cell that is one % and nothing else ("57%", "+2%"): in a table of weights, a share of the portfolio."""
_ODDS_TITLE = re.compile(r"(?:(?:yes|no)(?:\s+(?:price|bid|ask|odds|share))?|"
                         r"(?:implied\s+)?(?:odds|probability|chance)(?:\s*\(%\))?)", re.IGNORECASE)
"""A column of a prediction market's prices ("| Contract | Yes price | Week ago | Volume (contracts) |"): each
row is a bet on an outcome ("Fed cuts on Dec 9", "IWM closes 2026 above $250"), its cells the bet's price
in cents (a probability), its past price and how many contracts traded: none is the instrument's data."""
_CONDITION_TITLE = re.compile(r"\s*(?:[A-Za-z\-]+\s+)?(?:alerts?|conditions?|triggers?|rules?|screens?|"
                              r"criteria|criterion|filters?|when|if)\b", re.IGNORECASE)
"""A first column of conditions ("| Alert on SPY | Level |", "| Watch rule | Now |"): each row's label
is a rule that fires when the data meets it ("Close below the 50-day", "RSI(14) above 70"), no statement
of the data's side; its other cells are the measure's figures and are read with the measure alone."""
_CONDITION_LABEL = re.compile(r"(?P<what>.*?)\s*\b(?:(?:crosses|closes?|moves?|falls?|rises?|trades?)\s+)?"
                              r"(?:above|below|over|under|beneath|through)\s+(?P<ref>.+)", re.IGNORECASE)


def _condition_measure(label: str) -> str:
    """The measure a condition watches, as its row's label for the other cells: the level or average after
    the side word ("Close below the 50-day": "the 50-day"), or the measure before it when a bare threshold
    follows ("RSI(14) above 70": "RSI(14)"); the label as it is when it states no side."""
    found = _CONDITION_LABEL.fullmatch(label.strip())
    if found is None:
        return label
    ref = found.group("ref").strip()
    return found.group("what").strip() or label if _BARE_FIGURE.fullmatch(ref) else ref


def _cell_said(label: str, cell: str) -> str:
    """A cell read with its row's label: "Distance above 50-day ($601.02) | +3.52%" as "+3.52% above 50-day
    ($601.02)" (the distance told as prose tells it); "MACD / signal | 3.36 / 1.48" as "MACD 3.36; signal
    1.48" (each figure with its own name); else the label, then the cell."""
    side = _SIDE_LABEL.fullmatch(label.strip())
    if side is not None and _PERCENT_CELL.fullmatch(cell.strip()):
        return f"{cell.strip()} {side.group('side')} {side.group('what')}"
    signed, percent = _SIGNED_SIDE_LABEL.fullmatch(label.strip()), _SIGNED_PERCENT.fullmatch(cell.strip())
    if signed is not None and percent is not None:  # "-10.65%" from the 50-day: 10.65% below it
        side_word = "above" if percent.group("sign") == "+" else "below"
        return f"{percent.group('size')} {side_word} {signed.group('what')}"
    points = _POINTS_LABEL.fullmatch(label.strip())
    if points is not None and _BARE_FIGURE.fullmatch(cell.strip()):
        return f"{points.group('name')} {cell.strip()} points"
    names, figures = _PAIR_SPLIT.split(label.strip()), _PAIR_SPLIT.split(cell.strip())
    if 1 < len(names) == len(figures):
        return "; ".join(f"{name} {figure}" for name, figure in zip(names, figures, strict=True))
    return f"{label} {cell}"


_VS_AVERAGE_TITLE = re.compile(r"^\s*%?\s*vs\.?\s*(?:SMA|MA)?\s?(20|50|200)\s*d?\s*$", re.IGNORECASE)
"""A screener's column of distances from an average ("vs50", "vs 200d", "vs SMA50"): each cell is the
row's % from that average, read as "vs 50-day -10.45%"."""
_WINDOW_TITLE = re.compile(r"\b(\d+) (day|week|month|year)s?\b", re.IGNORECASE)
"""A column titled by its window ("1 day", "3 months"): the window, as "1-day" says it, not a figure."""
Carried = Callable[[], list[Claim]]
"""Claims a sentence hands the next, read when asked for (a row checked from its fields is not read)."""


def _none() -> list[Claim]:
    return []


def _misquoted_figures(found: list[Finding], figures: list[str], section: str) -> list[Finding]:
    """Each figure a quotation changed from its cited source's words (`figures`) is one number-untraced
    finding: the quote's fault, in place of what else was said of it."""
    for figure in figures:
        said = re.compile(rf"(?<![\w.]){re.escape(figure)}(?!\w)")  # "2.6" in "2.6 percentage points"
        if any(f.code == "number-untraced" and said.search(f.span or "") for f in found):
            continue
        found = [f for f in found if not (f.severity == Severity.ERROR and said.search(f.span or ""))]
        found.append(finding("number-untraced", f"{figure} quoted figure not found in the cited source: "
                                                f"the quotation is the source's words with another figure",
                             section=section, span=figure))
    return found


@dataclass(frozen=True)
class _Read:
    every: list[Claim]  # every claim of the sentence
    world: dict[int, str]  # those about the world's markets (by index in `every`), and which
    rest: list[Claim]  # the others
    owned: dict[int, str]  # those of `rest` about a gauge, and which
    own: list[Claim]  # the others: the instruments'

    def moves(self) -> list[Claim]:
        return [c for c in self.own if c.kind == ClaimKind.CHANGE and c.number.unit == "pct" and not c.quoted]

    def prices(self) -> list[Claim]:
        return [c for c in self.own if c.number.unit == "price"]

    def misquoting(self, spans: list[tuple[int, int]]) -> _Read:
        """The same claims, those printed inside a misquotation (`spans`) marked as the quote's."""
        def marked(claim: Claim) -> Claim:
            inside = any(a <= claim.number.start < b for a, b in spans)
            return replace(claim, misquoted=True) if inside else claim
        return _Read([marked(c) for c in self.every], self.world, [marked(c) for c in self.rest], self.owned,
                     [marked(c) for c in self.own])


class _Neighbours(values.Neighbours):
    """Neighbours whose figures from the sentences before are read only when a check asks for them."""

    def __init__(self, before: Carried, moves: list[Claim], prices: list[Claim], earlier: Carried,
                 previous: str = "") -> None:
        self._before, self._moves, self._earlier = before, moves, earlier
        self.prices, self.before = prices, previous

    @property  # type: ignore[override]
    def moves(self) -> list[Claim]:
        return [*self._before(), *self._moves]

    @moves.setter
    def moves(self, value: list[Claim]) -> None:
        self._before, self._moves = _none, value

    @property  # type: ignore[override]
    def earlier(self) -> list[Claim]:
        return self._earlier()

    @earlier.setter
    def earlier(self, value: list[Claim]) -> None:
        self._earlier = lambda: value


def _mentions_setup(sentence: str) -> bool:
    lowered = sentence.lower()
    return any(word in lowered for word in _STOP_WORDS) and any(word in lowered for word in _TARGET_WORDS)


_STOP_WORDS = ("stop", "protection", "bail", "get out", "getting out")
_TARGET_WORDS = ("target", "tgt", "objective", "take-profit", "take profit", "taking profit", "aim",
                 "the way to", "the door to")
"""A sentence holding one of each may tell a setup (levels.prose_setups reads it)."""


def _no_neighbours() -> values.Neighbours:
    return values.Neighbours(moves=[], prices=[])


def _snapshot_match(doc: Document, ctx: VerifyContext) -> list[Finding]:
    symbol, session = doc.front.get("symbol"), doc.front.get("session")
    if (symbol and symbol != ctx.snapshot.symbol) or (session and session != str(ctx.snapshot.session)):
        return [_mismatch(symbol or ctx.snapshot.symbol, session or str(ctx.snapshot.session), ctx)]
    return []


def _mismatch(symbol: str, session: str, ctx: VerifyContext) -> Finding:
    return finding("snapshot-mismatch", f"the article is about {symbol} on {session}; the snapshot is "
                   f"{ctx.snapshot.symbol} on {ctx.snapshot.session}", section="header",
                   span=f"{symbol} {session}", expected=f"{ctx.snapshot.symbol} {ctx.snapshot.session}",
                   source="snapshot")


def _without_self_sources(found: list[Finding], ctx: VerifyContext) -> list[Finding]:
    """Without sources a figure cannot trace to one: the untraced message says why."""
    if ctx.sources_known:
        return found
    return [f.model_copy(update={"message": f"{f.message} (no sources were given to trace it to)"})
            if f.code == "number-untraced" else f for f in found]


def _not_found_yet(new: list[Finding], found: list[Finding]) -> list[Finding]:
    """The story's findings on spans no other check has flagged ('IWM Plunges' on a gain is already a
    direction-mismatch): one fault, one finding."""
    taken = [(f.section, f.span) for f in found if f.span]
    return [f for f in new if not any(section == f.section and f.span and (span in f.span or f.span in span)
                                      for section, span in taken)]


def _one_turned_move(found: list[Finding]) -> list[Finding]:
    """One sentence's day's move in dollars or points and the same move restated in % ("higher by
    $2.65, that is 1.24%") share their direction word: a wrong word is one finding, on the first."""
    turned = {f.source for f in found if f.code == "direction-mismatch" and f.source}
    if len(turned) < 2:
        return found
    return [f for f in found if not (f.code == "direction-mismatch" and f.source
                                     and f.source.endswith("change_1d_pct")
                                     and f.source.removesuffix("_pct") in turned)]


def _unique(found: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, str | None, str | None, str]] = set()
    unique = []
    for item in found:
        key = (item.code, item.section, item.span, item.message)
        if key not in seen:
            seen.add(key)
            unique.append(item)
    return unique
